/**
 * The community model: residents, households (户), buildings (楼栋), compounds (小区), workplaces,
 * checkpoints (卡口) and the command structure (zones 战区 → grids 网格 → responsibility units
 * 责任单元; areas 片区), all immutable with dense {@code int} ids. Start at {@link
 * org.cordon.community.Community#builder()}.
 */
package org.cordon.community;
