package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list: its items, which page, how many a page holds, and how many there are in all. */
@Schema(description = "一覧の1ページ分。items に要素、total に条件に合う全件数。")
public record ApiPage<T>(
        @Schema(description = "このページの要素") List<T> items,
        @Schema(description = "ページ番号（0から）", example = "0") int page,

        @Schema(description = "1ページの件数（既定100、最大1000）", example = "100")
        int size,

        @Schema(description = "条件に合う全件数", example = "20") long total) {}
