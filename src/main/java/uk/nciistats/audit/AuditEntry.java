package uk.nciistats.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change: who, when, to which return or which user account, and the state before and after
 * (JSON). Never altered.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;
    private Instant at;
    private String actor;
    private String action;
    @Column(name = "return_id")
    private Long returnId;
    @Column(name = "return_ref")
    private String returnRef;
    @Column(name = "before_state")
    private String before;
    @Column(name = "after_state")
    private String after;
    @Column(name = "subject_user")
    private String subjectUser;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String action, Long returnId, String returnRef, String before, String after) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.returnId = returnId;
        this.returnRef = returnRef;
        this.before = before;
        this.after = after;
    }

    /** A change to a user account. */
    static AuditEntry ofUser(Instant at, String actor, String action, String username, String before, String after) {
        var entry = new AuditEntry(at, actor, action, null, null, before, after);
        entry.subjectUser = username;
        return entry;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public Long returnId() {
        return returnId;
    }

    public String returnRef() {
        return returnRef;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    /** The user account the change concerns; null for a change to a return. */
    public String subjectUser() {
        return subjectUser;
    }
}
