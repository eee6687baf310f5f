package uk.nciistats.graphql;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import uk.nciistats.security.NewUser;
import uk.nciistats.security.Role;

/** A user to create, with the first password. */
@Input("UserInput")
public class UserInput {
    public @NonNull String username;
    public @NonNull Role role;
    public @NonNull String password;

    NewUser user() {
        return new NewUser(username, role, password);
    }
}
