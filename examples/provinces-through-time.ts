/**
 * Provinces before and after the 1 July 2025 arrangement: lookups by any spelling, lineage both ways.
 * Run: npx tsx examples/provinces-through-time.ts
 */
import { getPredecessors, getProvince, getSuccessors, listProvinces, searchProvinces } from "vnpolity";

console.log(listProvinces({ asOf: "2025-06-01" }).length, "units on 1 June 2025");
console.log(listProvinces({ asOf: "2025-07-01" }).length, "units on 1 July 2025");

const konTum = getProvince("Kon Tum", { asOf: "2025-03-06" });
console.log(konTum?.name.vi, konTum?.code);
console.log(getSuccessors("62", { asOf: "2025-07-01" })?.map((link) => `${link.code} (${link.legalBasis})`));
console.log(getPredecessors("51")?.map((link) => link.code));

for (const query of ["tp hcm", "Khanh Hoa", "Thua Thien Hue province"]) {
  console.log(query, "->", searchProvinces(query)[0]?.province.name.vi);
}
