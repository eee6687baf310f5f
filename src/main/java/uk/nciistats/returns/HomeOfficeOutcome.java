package uk.nciistats.returns;

import java.util.List;
import java.util.Optional;

/**
 * A Home Office outcome type (0–22) of the crime outcomes framework: its number, its title as the
 * Home Office tables write it, other wordings forces use for it, and the outcome it stands for
 * ({@link Outcome#ofHomeOfficeType}). Type 0 is this product's "no outcome assigned yet".
 */
public record HomeOfficeOutcome(int type, String title, List<String> otherWordings) {
    private static final List<HomeOfficeOutcome> ALL = List.of(
            new HomeOfficeOutcome(0, "Investigation ongoing: no outcome assigned yet",
                    List.of("Not yet assigned an outcome", "Under investigation", "Outcome not yet assigned")),
            new HomeOfficeOutcome(1, "Charged/Summonsed", List.of("Charge/Summons", "Charged or summonsed",
                    "Postal requisition")),
            new HomeOfficeOutcome(2, "Caution - youths", List.of("Youth caution", "Youth conditional caution")),
            new HomeOfficeOutcome(3, "Caution - adults", List.of("Adult caution", "Adult conditional caution")),
            new HomeOfficeOutcome(4, "Taken into consideration", List.of("TIC")),
            new HomeOfficeOutcome(5, "Offender died", List.of("The offender has died", "Suspect died")),
            new HomeOfficeOutcome(6, "Penalty Notice for Disorder", List.of("PND")),
            new HomeOfficeOutcome(7, "Cannabis/Khat warning", List.of("Cannabis warning", "Khat warning")),
            new HomeOfficeOutcome(8, "Community Resolution", List.of()),
            new HomeOfficeOutcome(9, "Prosecution not in the public interest (CPS)", List.of()),
            new HomeOfficeOutcome(10, "Formal action against the offender is not in the public interest (Police)",
                    List.of("Formal action not in the public interest (police decision)")),
            new HomeOfficeOutcome(11, "Prosecution prevented - suspect under age",
                    List.of("Prosecution prevented - named suspect below the age of criminal responsibility")),
            new HomeOfficeOutcome(12, "Prosecution prevented - suspect too ill",
                    List.of("Prosecution prevented - named suspect too ill to prosecute")),
            new HomeOfficeOutcome(13, "Prosecution prevented - victim/key witness dead/too ill",
                    List.of("Prosecution prevented - victim or key witness dead or too ill to give evidence")),
            new HomeOfficeOutcome(14, "Evidential difficulties: suspect not identified; victim does not support further"
                    + " action", List.of("Evidential difficulties victim based - named suspect not identified")),
            new HomeOfficeOutcome(15, "Evidential difficulties: suspect identified; victim supports action",
                    List.of("Evidential difficulties named suspect identified - victim supports police action")),
            new HomeOfficeOutcome(16, "Evidential difficulties: victim does not support action",
                    List.of("Evidential difficulties victim based - named suspect identified",
                            "Victim does not support police action", "Victim withdrew support")),
            new HomeOfficeOutcome(17, "Prosecution time limit expired", List.of("Time limit expired")),
            new HomeOfficeOutcome(18, "Investigation complete - no suspect identified",
                    List.of("Investigation complete no suspect identified", "No suspect identified")),
            new HomeOfficeOutcome(19, "National Fraud Intelligence Bureau filed", List.of("NFIB filed")),
            new HomeOfficeOutcome(20, "Action undertaken by another body/agency",
                    List.of("Further action undertaken by another body or agency")),
            new HomeOfficeOutcome(21, "Further investigation to support formal action not in the public interest",
                    List.of("Further investigation not in the public interest (police decision)")),
            new HomeOfficeOutcome(22, "Diversionary, educational or intervention activity",
                    List.of("Diversionary, educational or intervention activity; no further action in the public"
                            + " interest")));

    public HomeOfficeOutcome {
        otherWordings = List.copyOf(otherWordings);
    }

    /** Types 0 to 22, in order. */
    public static List<HomeOfficeOutcome> all() {
        return ALL;
    }

    public static Optional<HomeOfficeOutcome> of(int type) {
        return type >= 0 && type < ALL.size() ? Optional.of(ALL.get(type)) : Optional.empty();
    }

    /** The outcome this type stands for, by the contract's table. */
    public Outcome outcome() {
        return Outcome.ofHomeOfficeType(type).orElseThrow();
    }

    /** "Outcome 15 – Evidential difficulties: suspect identified; victim supports action". */
    public String label() {
        return "Outcome " + type + " – " + title;
    }
}
