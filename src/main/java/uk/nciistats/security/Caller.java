package uk.nciistats.security;

import uk.nciistats.errors.ForbiddenException;

/** The signed-in user a request acts for. */
public record Caller(String name, Role role) {

    public boolean may(Role needed) {
        return role.includes(needed);
    }

    /** Refuses with FORBIDDEN unless the caller has {@code needed}; {@code what} says what was refused. */
    public void require(Role needed, String what) {
        if (!may(needed)) {
            throw new ForbiddenException("Only " + needed + " and above may " + what + "; you are " + role + ".");
        }
    }
}
