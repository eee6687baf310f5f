package uk.nciistats.returns;

import java.util.Optional;

/** How a report ended, grouped from the Home Office outcome types. */
public enum Outcome {
    NO_FURTHER_ACTION, CHARGED, CAUTION, COMMUNITY_RESOLUTION, UNDER_INVESTIGATION, OTHER, UNKNOWN;

    /** The outcome a Home Office outcome type number (0–22) stands for; empty outside that range. */
    public static Optional<Outcome> ofHomeOfficeType(int type) {
        return switch (type) {
            case 1 -> Optional.of(CHARGED);
            case 2, 3 -> Optional.of(CAUTION);
            case 8 -> Optional.of(COMMUNITY_RESOLUTION);
            case 0 -> Optional.of(UNDER_INVESTIGATION);
            case 5, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21 -> Optional.of(NO_FURTHER_ACTION);
            case 4, 6, 7, 19, 20, 22 -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }
}
