// Validates an OpenAPI document (docs/openapi.json by default) with a standard validator: prints
// "valid" and exits 0, or prints every message and exits 1. It runs in a process of its own because
// the validator's dependencies are ES modules, which jest's module loader cannot require.
const SwaggerParser = require('@apidevtools/swagger-parser');
const path = require('node:path');

const file = path.resolve(process.argv[2] ?? path.join(__dirname, '../docs/openapi.json'));

SwaggerParser.validate(file).then(
  (api) => console.log(`valid: ${path.basename(file)}, OpenAPI ${api.openapi}`),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
