package uk.nciistats.dataimport.spreadsheet;

import uk.nciistats.reference.Force;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The forces a file may name: all of them, for reading and suggestions, and by GSS code. */
record ForceNames(List<Force> all, Map<String, Force> byCode) {

    static ForceNames of(List<Force> forces) {
        return new ForceNames(List.copyOf(forces),
                forces.stream().collect(Collectors.toMap(Force::code, Function.identity())));
    }

    boolean knows(String code) {
        return byCode.containsKey(code);
    }

    /** How a message names the force: its short name, the code when it is not known, "" for none. */
    String name(String code) {
        if (code == null) {
            return "";
        }
        var force = byCode.get(code);
        return force == null ? code : force.shortName();
    }
}
