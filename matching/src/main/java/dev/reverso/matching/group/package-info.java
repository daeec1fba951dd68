/**
 * Group formats of reverse mentoring: circles (one senior with a few juniors, formed by
 * {@link dev.reverso.matching.group.CircleMatcher}) and the shadow board (a panel of juniors advising the
 * executive team, chosen by {@link dev.reverso.matching.group.ShadowBoard}).
 */
package dev.reverso.matching.group;
