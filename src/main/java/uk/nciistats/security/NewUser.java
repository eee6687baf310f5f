package uk.nciistats.security;

/** A user to create, with the first password; the fields are those of the GraphQL {@code UserInput}. */
public record NewUser(String username, Role role, String password) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + "]";
    }
}
