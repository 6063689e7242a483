/**
 * The community model: residents, households (户), buildings (楼栋), compounds (小区), workplaces,
 * checkpoints (卡口) and the command structure (zones 战区 → grids 网格 → responsibility units
 * 责任单元; areas 片区), all immutable with dense {@code int} ids. Start at {@link
 * org.cordon.community.Community#builder()}.
 *
 * <p>API. {@link org.cordon.community.Community} is immutable and thread-safe; {@link
 * org.cordon.community.CommunityBuilder} is not.
 */
package org.cordon.community;
