package uk.nciistats.security;

import uk.nciistats.errors.ValidationException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of user names and passwords. A refusal names the field at fault and never repeats the
 * password.
 */
public final class AccountRules {
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private AccountRules() {
    }

    /** 2 to 64 lower-case letters, digits, dots, hyphens, underscores or @, beginning with a letter or digit. */
    public static void checkUsername(String field, String username) {
        if (username == null || username.isBlank()) {
            throw new ValidationException(field, "a user needs a name");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new ValidationException(field, "a user name is 2 to 64 lower-case letters, digits, dots, hyphens,"
                    + " underscores or @, beginning with a letter or digit");
        }
    }

    /** At least {@value #MIN_PASSWORD} characters, at most {@value #MAX_PASSWORD}, not only spaces, not the user name. */
    public static void checkPassword(String field, String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ValidationException(field, "a password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new ValidationException(field, "a password has at most " + MAX_PASSWORD + " characters");
        }
        if (password.isBlank()) {
            throw new ValidationException(field, "a password cannot be only spaces");
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            throw new ValidationException(field, "a password cannot be the user name");
        }
    }
}
