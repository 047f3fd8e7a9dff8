package io.atlas4j;

/**
 * Immutable options for {@link Atlas#apply}.
 *
 * @param allowDestructive apply drops of schemas, tables and columns; refused otherwise
 * @param dryRun           plan and check, but execute nothing
 */
public record ApplyOptions(boolean allowDestructive, boolean dryRun) {
    public static ApplyOptions defaults() {
        return new ApplyOptions(false, false);
    }

    public ApplyOptions withAllowDestructive(boolean allow) {
        return new ApplyOptions(allow, dryRun);
    }

    public ApplyOptions withDryRun(boolean dryRun) {
        return new ApplyOptions(allowDestructive, dryRun);
    }
}
