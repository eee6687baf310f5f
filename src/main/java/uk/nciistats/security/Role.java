package uk.nciistats.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do; each role has every right of the roles before it. */
public enum Role {
    VIEWER, ANALYST, EDITOR, ADMIN;

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    /** The container groups of a user with this role: the role and every role it includes. */
    public Set<String> groups() {
        return Arrays.stream(values()).filter(this::includes).map(Role::name).collect(Collectors.toSet());
    }
}
