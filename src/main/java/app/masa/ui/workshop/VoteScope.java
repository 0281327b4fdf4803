package app.masa.ui.workshop;

import app.masa.model.CardType;
import app.masa.model.Kebab;
import java.util.EnumSet;
import java.util.Set;

/** Which cards may receive dots, as a facilitator chooses it when starting a vote. */
enum VoteScope {
    PAIN_POINTS(EnumSet.of(CardType.PAIN_POINT)),
    OPPORTUNITIES(EnumSet.of(CardType.OPPORTUNITY)),
    PAIN_POINTS_AND_OPPORTUNITIES(EnumSet.of(CardType.PAIN_POINT, CardType.OPPORTUNITY)),
    ALL(EnumSet.noneOf(CardType.class));

    private final Set<CardType> eligible;

    VoteScope(Set<CardType> eligible) {
        this.eligible = Set.copyOf(eligible);
    }

    /** The vote's eligible types; empty means every type. */
    Set<CardType> eligible() {
        return eligible;
    }

    String messageKey() {
        return "workshop.vote.scope." + Kebab.of(this);
    }

    static VoteScope of(Set<CardType> eligible) {
        for (VoteScope scope : values()) {
            if (scope.eligible.equals(eligible)) {
                return scope;
            }
        }
        return ALL;
    }
}
