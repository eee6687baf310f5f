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
}
