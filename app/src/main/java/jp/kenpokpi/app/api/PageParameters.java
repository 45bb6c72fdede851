package jp.kenpokpi.app.api;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The paging parameters of every list, declared and described once ({@code @ParameterObject} on a handler's
 * argument): {@code page} from 0, {@code size} 100 unless given, at most 1000.
 */
record PageParameters(
        @Parameter(description = "ページ番号（0から）", example = "0")
        Integer page,

        @Parameter(description = "1ページの件数（既定100、最大1000）", example = "100")
        Integer size) {

    /** The page asked for, each parameter checked ({@link Paging#of}). */
    Paging paging() {
        return Paging.of(page, size);
    }
}
