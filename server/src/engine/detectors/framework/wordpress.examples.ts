/** Examples of the Wordpress detectors (test data: never imported by the runtime). */
import { B62, alphabet, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'wordpress.auth-salt': {
    positive: [`define( 'AUTH_KEY',         '«${fake(alphabet('A-Za-z0-9!@#%^&*()_+=,.;:/?|~ -'), 64, 'wp1')}»' );`],
    negative: ["define( 'AUTH_KEY',         'put your unique phrase here' );", "define('AUTH_KEY', getenv('WORDPRESS_AUTH_KEY'));"],
  },
  'wordpress.db-password': {
    positive: [
      `define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_prod' );\ndefine( 'DB_PASSWORD', '«${fake(B62, 18, 'wpdb')}»' );\ndefine( 'DB_HOST', 'mysql.internal' );`,
    ],
    negative: ["define( 'DB_PASSWORD', 'password_here' );", "define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );"],
  },
};
