package jp.kenpokpi.app.interchange;

import java.util.List;
import jp.kenpokpi.interchange.ImportProblem;

/**
 * An import was refused because another import of the same branch and year is running (see {@link ImportClaims}):
 * nothing was saved. Its message names the branch, the year, who runs the other import and since when; as an
 * {@link ImportRejectedException} it reaches every caller that shows a refused import (the page, the command line).
 */
public class ImportClaimedException extends ImportRejectedException {

    public ImportClaimedException(String refusalJa) {
        super(refusalJa, List.of(ImportProblem.inFile("（すべてのファイル）", 1, refusalJa)));
    }
}
