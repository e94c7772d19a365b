package dev.dryfruits.kit.persistence;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a longer list. Pages are numbered from 0. */
@Schema(name = "Page")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "This page's number, from 0") int page,
        @Schema(description = "Requested page size") int size,
        @Schema(description = "Items in the whole list") long total,
        @Schema(description = "Pages in the whole list") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        int totalPages = (int) ((total + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), request.page(), request.size(), total, totalPages);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalPages);
    }
}
