package uk.nciistats.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import uk.nciistats.security.Role;
import uk.nciistats.security.UserService;

import java.util.List;

/** Users: ADMIN manages them; every signed-in person changes their own password. */
@GraphQLApi
@ApplicationScoped
public class UserApi {
    private final UserService service;

    @Inject
    public UserApi(UserService service) {
        this.service = service;
    }

    protected UserApi() {
        this(null);
    }

    @Query("users")
    @Description("Every user, by name (ADMIN only).")
    public @NonNull List<@NonNull UserView> users() {
        return service.users().stream().map(UserView::new).toList();
    }

    @Mutation("createUser")
    @Description("Creates an enabled user; the password needs at least 12 characters (ADMIN only).")
    public @NonNull UserView createUser(@Name("input") @NonNull UserInput input) {
        return new UserView(service.create(input.user()));
    }

    @Mutation("setUserRole")
    @Description("ADMIN only; the last enabled ADMIN keeps the role.")
    public @NonNull UserView setUserRole(@Name("username") @NonNull String username, @Name("role") @NonNull Role role) {
        return new UserView(service.setRole(username, role));
    }

    @Mutation("disableUser")
    @Description("Refuses the user every sign-in and signs them out everywhere (ADMIN only; not oneself).")
    public @NonNull UserView disableUser(@Name("username") @NonNull String username) {
        return new UserView(service.disable(username));
    }

    @Mutation("enableUser")
    @Description("Lets the user sign in again and lifts a lock-out by failed sign-ins (ADMIN only).")
    public @NonNull UserView enableUser(@Name("username") @NonNull String username) {
        return new UserView(service.enable(username));
    }

    @Mutation("resetPassword")
    @Description("Sets the user's password and signs them out everywhere (ADMIN only; not one's own).")
    public @NonNull UserView resetPassword(@Name("username") @NonNull String username,
                                           @Name("password") @NonNull String password) {
        return new UserView(service.resetPassword(username, password));
    }

    @Mutation("changeMyPassword")
    @Description("Changes the signed-in person's password, given the current one.")
    public boolean changeMyPassword(@Name("current") @NonNull String current, @Name("password") @NonNull String password) {
        service.changeMyPassword(current, password);
        return true;
    }
}
