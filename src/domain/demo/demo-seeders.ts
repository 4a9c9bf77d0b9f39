// Imports every capability's demo seeder for its side effect (registerDemoSeeder). Order matters:
// surveys and responses first, then what is derived from them.
import '../surveys/demo.ts';
import '../ideas/demo.ts';
import '../contacts/demo.ts';
import '../decisions/demo.ts';
export {};
