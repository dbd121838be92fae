package org.sis.selectivesync.host;

/**
 * One entry a plugin contributes to the host SIS menu.
 *
 * @param id the entry's unique name
 * @param path where the entry sits in the SIS menu, folders separated by {@code /}
 * @param page the view the entry opens
 * @param tool the tool whose right the entry needs
 * @param right the right needed to see the entry ({@code R}, {@code W}, {@code A}, {@code D})
 * @param labelKey the bundle key of the entry's label
 * @param keywords words Tool Search finds the entry by
 */
public record MenuEntry(
    String id,
    String path,
    String page,
    String tool,
    String right,
    String labelKey,
    String keywords) {}
