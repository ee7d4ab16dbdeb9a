// Imported first by the top-level commands, so the version check runs before any dependency loads.
import { requireNode } from './node-version.mjs';

requireNode();
