/**
 * Containment measures on a dated timeline: compound and community closure (封闭管理),
 * checkpoints (卡口), guards, the door-to-door survey (摸排), isolation, quarantine and
 * disinfection; what each does to contacts and what it costs in people.
 */
package org.cordon.measure;
