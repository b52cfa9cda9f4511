// Units a strength or a size is said in, each with the ways callers say it ("50 mg", "fifty
// milligrams"): a free-text argument whose example is a thing with its amount ("like \"sertraline 50
// mg\"") takes the thing said with an amount in the same unit.

/** Each group is one unit; its first word is how it is written. */
export const MEASURE_UNITS: readonly (readonly string[])[] = [
  ['mg', 'milligram', 'milligrams', 'milligramme', 'milligrammes', 'mgs'],
  ['mcg', 'microgram', 'micrograms', 'µg', 'ug'],
  ['g', 'gram', 'grams', 'gramme', 'grammes'],
  ['kg', 'kilo', 'kilos', 'kilogram', 'kilograms'],
  ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'mls'],
  ['l', 'liter', 'liters', 'litre', 'litres'],
  ['oz', 'ounce', 'ounces'],
  ['iu', 'units', 'unit'],
  ['%', 'percent', 'per cent'],
];
