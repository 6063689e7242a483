/**
 * Seeded community synthesis: builds a {@link org.cordon.community.Community} that meets the
 * Jinsha (金沙社区, Hong'an county, Hubei, January 2020) figures of {@code docs/sources.md#the-community} exactly,
 * and fills in what the article does not say (household sizes, ages, sexes, building sizes, who
 * works where) from cited distributions or labelled, user-changeable assumptions. Start at {@link
 * org.cordon.community.synth.JinshaSynthesizer} or {@link org.cordon.community.synth.CommunityPresets}.
 *
 * <p>API: the synthesizer, profiles and presets; the planning steps are package-private. The same
 * profile and seed give an equal community.
 */
package org.cordon.community.synth;
