/** The fake advanced Drive service behaves like the documented Drive API v3 where the add-on relies on it. */
import { createFakeGas, FakeDriveWorld, FOLDER_MIME, SCOPE } from './index';

const blobOf = (gas: ReturnType<typeof createFakeGas>, text: string) =>
  gas.utilities.newBlob([...Buffer.from(text)], 'application/pdf', 'x.pdf');

describe('fake Drive.Files', () => {
  it('creates folders and files; get and list answer only the fields asked for', () => {
    const gas = createFakeGas();
    const files = gas.drive!.Files;
    const folder = files.create({ name: 'Gốc', mimeType: FOLDER_MIME });
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const doc = files.create({ name: 'a.pdf', parents: [folder.id!] }, blobOf(gas, 'abc'), {
      fields: 'id,webViewLink,size',
    });
    expect(doc).toEqual({
      id: doc.id,
      webViewLink: `https://drive.google.com/file/d/${doc.id}/view?usp=drivesdk`,
      size: '3',
    });
    expect(files.get(doc.id!, { fields: 'parents,trashed' })).toEqual({ parents: [folder.id], trashed: false });
    expect(files.get(doc.id!, { alt: 'media' })).toBe('abc');
    expect(gas.driveWorld.pathOf(doc.id!)).toBe('Gốc/a.pdf');
  });

  it('a missing parent fails like the API; the call is counted as Drive.Files.create', () => {
    const gas = createFakeGas();
    expect(() => gas.drive!.Files.create({ name: 'x', parents: ['nope'] })).toThrow(
      'API call to drive.files.create failed with error: File not found: nope.',
    );
    expect(gas.calls.count('Drive.Files.create')).toBe(1);
    expect(gas.calls.count('Drive.Files.*')).toBe(1);
  });

  it('drive.file: another client sees neither get nor list; the full drive scope would see both', () => {
    const world = new FakeDriveWorld();
    const a = createFakeGas({ driveWorld: world, driveClient: 'a' });
    const id = a.drive!.Files.create({ name: 'F', mimeType: FOLDER_MIME }).id!;
    const b = createFakeGas({ driveWorld: world, driveClient: 'b' });
    expect(() => b.drive!.Files.get(id)).toThrow(`File not found: ${id}.`);
    expect(b.drive!.Files.list({ q: 'trashed = false' }).files).toEqual([]);
    const full = [...b.env.options.oauthScopes, SCOPE.drive];
    const c = createFakeGas({ driveWorld: world, driveClient: 'c', oauthScopes: full, grantedScopes: full });
    expect(c.drive!.Files.get(id, { fields: 'id' })).toEqual({ id });
  });

  it('trashed counts a trashed ancestor; list understands the query terms the add-on writes', () => {
    const gas = createFakeGas();
    const files = gas.drive!.Files;
    const root = files.create({ name: "Xã Ba'Na", mimeType: FOLDER_MIME, appProperties: { k: 'v1' } }).id!;
    const sub = files.create({ name: '1.1', mimeType: FOLDER_MIME, parents: [root] }).id!;
    const q = (s: string) => (files.list({ q: s, fields: 'files(id)' }).files ?? []).map((f) => f.id);
    expect(q(`name = 'Xã Ba\\'Na' and trashed = false`)).toEqual([root]);
    expect(q(`appProperties has { key='k' and value='v1' } and mimeType = '${FOLDER_MIME}'`)).toEqual([root]);
    expect(q(`'${root}' in parents and name = '1.1'`)).toEqual([sub]);
    gas.driveWorld.trash(root);
    expect(files.get(sub, { fields: 'trashed' }).trashed).toBe(true);
    expect(q(`'${root}' in parents and trashed = false`)).toEqual([]);
    expect(() => files.list({ q: "fullText contains 'x'" })).toThrow('not implemented in fake');
  });

  it('is absent when the manifest does not enable the advanced service', () => {
    expect(createFakeGas({ advancedServices: [] }).globals.Drive).toBeUndefined();
    expect(createFakeGas().globals.Drive).toBeDefined();
  });
});
