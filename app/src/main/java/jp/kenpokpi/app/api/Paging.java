package jp.kenpokpi.app.api;

import java.util.List;

/**
 * The page of a list the client asked for: {@code page} counts from 0, {@code size} is 100 unless given and at most
 * 1000, so that no request makes the server write an unbounded answer.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    /** The paging of a request, each parameter checked and named when it is out of range. */
    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) throw new ApiParameterException("page", "page（ページ番号）は0以上で指定してください: " + p);
        if (s < 1 || s > MAX_SIZE) {
            throw new ApiParameterException("size", "size（1ページの件数）は1から" + MAX_SIZE + "までで指定してください: " + s);
        }
        return new Paging(p, s);
    }

    /** This page of the whole list, with the list's total. */
    public <T> ApiPage<T> of(List<T> all) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new ApiPage<>(all.subList((int) from, (int) to), page, size, all.size());
    }
}
