/** FTP / SFTP / SMB / WebDAV URIs with a password. */
import { URI_PASSWORD_CHECKS, dbGuide, uri, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'ftp.uri',
    title: 'FTP / SFTP URI with password',
    schemes: 'ftps?|sftp|ftpes|scp|ssh|smb|cifs|webdavs?|davs?',
    keywords: ['ftp://', 'ftps://', 'sftp://', 'ftpes://', 'scp://', 'ssh://', 'smb://', 'cifs://', 'webdav', 'dav://', 'davs://'],
    post: [
      ...URI_PASSWORD_CHECKS,
      ({ groups }) => (/^(?:anonymous|ftp)$/i.test(groups.username ?? '') ? 'anonymous FTP login' : undefined),
    ],
    guide: dbGuide(
      'Read, overwrite and delete files on the server with that account (often a web root: site defacement or malware).',
      'Change the account password on the server / hosting panel; prefer SSH keys for SFTP and disable plain FTP.',
    ),
  }),
];
