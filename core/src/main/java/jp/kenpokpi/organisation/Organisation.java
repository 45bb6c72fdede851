package jp.kenpokpi.organisation;

import java.util.Optional;

/**
 * The association (code 00) or one of its 47 branches.
 *
 * @param prefectureJa the prefecture's name (栃木県); empty for the association
 * @param nameJa       the name used in reports (栃木支部, 協会全体)
 * @param block        the regional block; empty for the association
 */
public record Organisation(OrgCode code, String prefectureJa, String nameJa, Optional<Block> block) {

    public boolean isAssociation() {
        return code.isAssociation();
    }

    /** The short name used in table headers: 栃木, 北海道, 協会全体. */
    public String shortNameJa() {
        return isAssociation() ? nameJa : nameJa.substring(0, nameJa.length() - "支部".length());
    }
}
