/**
 * The synthetic city generator (合成城市数据生成器): a seeded stream of a consistent city
 * (streets, communities, grids, buildings, households, persons, party members and organisations,
 * posts, contact links, work orders) written as JSON Lines without holding the city in memory.
 */
package io.github.tongxin.governance.examples.generate;
