#!/usr/bin/env node
// The installed command: the compiled server (dist), never the TypeScript sources.
import '../dist/main.js';
