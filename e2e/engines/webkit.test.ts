import { engineSuite } from './engineSuite';
import { webkit } from './webkit';

engineSuite(webkit);
