import { x } from "@ledger/disclosures";
console.log("hello", x);
