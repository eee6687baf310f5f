package uk.nciistats.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person or program that signs in. Only a slow salted hash of the password is kept. */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private boolean enabled;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_sign_in")
    private Instant lastSignIn;
    /** Moves whenever the user's sessions are ended; a session signed in under another value is over. */
    @Column(name = "session_epoch")
    private int sessionEpoch;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    /** Refuses every sign-in from now on and ends every session the user has. */
    public void disable() {
        this.enabled = false;
        endSessions();
    }

    public void enable() {
        this.enabled = true;
    }

    /** Signs the user out everywhere: each session signed in before this is over at its next request. */
    public void endSessions() {
        this.sessionEpoch++;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the user last signed in, if ever (for programs sending HTTP Basic, to within a few minutes). */
    public Instant lastSignIn() {
        return lastSignIn;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }
}
