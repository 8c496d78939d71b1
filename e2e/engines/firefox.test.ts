import { engineSuite } from './engineSuite';
import { firefox } from './firefox';

engineSuite(firefox);
