/** Fakes of GoogleAppsScript.Base value objects: User and Blob. */
import { fakeClass, type FakeEnv } from './core';

export class FakeUser extends fakeClass<GoogleAppsScript.Base.User>('Base.User') implements GoogleAppsScript.Base.User {
  constructor(
    env: FakeEnv,
    private readonly email: string,
  ) {
    super(env);
  }
  override getEmail(): string {
    return this.email;
  }
  override toString(): string {
    return this.email;
  }
}

/** Signed Java bytes (-128..127), as the real Blob.getBytes() returns them. */
function toSigned(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

function fromBytes(data: readonly number[]): Uint8Array {
  return Uint8Array.from(data, (b) => b & 0xff);
}

export class FakeBlob extends fakeClass<GoogleAppsScript.Base.Blob>('Base.Blob') implements GoogleAppsScript.Base.Blob {
  private bytes: Uint8Array;
  constructor(
    env: FakeEnv,
    data: Uint8Array | readonly number[] | string,
    private contentType: string | null = null,
    private name: string | null = null,
  ) {
    super(env);
    this.bytes =
      typeof data === 'string'
        ? new TextEncoder().encode(data)
        : data instanceof Uint8Array
          ? data.slice()
          : fromBytes(data);
  }
  /** The raw bytes (unsigned), for tests. */
  fakeBytes(): Uint8Array {
    return this.bytes.slice();
  }
  override copyBlob(): GoogleAppsScript.Base.Blob {
    return new FakeBlob(this.fakeEnv, this.bytes, this.contentType, this.name);
  }
  override getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== this.contentType) {
      throw new Error(`not implemented in fake: Blob.getAs conversion ${this.contentType} -> ${contentType}`);
    }
    return this.copyBlob();
  }
  override getBlob(): GoogleAppsScript.Base.Blob {
    return this.copyBlob();
  }
  override getBytes(): number[] {
    return toSigned(this.bytes);
  }
  override getContentType(): string | null {
    return this.contentType;
  }
  override getDataAsString(): string {
    return new TextDecoder().decode(this.bytes);
  }
  override getName(): string | null {
    return this.name;
  }
  override isGoogleType(): boolean {
    return false;
  }
  override setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.bytes = fromBytes(data);
    return this;
  }
  override setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return this;
  }
  override setDataFromString(s: string): GoogleAppsScript.Base.Blob {
    this.bytes = new TextEncoder().encode(s);
    return this;
  }
  override setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return this;
  }
}

/** Width and height of a PNG blob (from its IHDR chunk), or undefined. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50 || bytes[2] !== 0x4e || bytes[3] !== 0x47)
    return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}

/** A PNG blob of the given size with only its signature and IHDR header: enough for pngSize. */
export function fakePng(env: FakeEnv, width: number, height: number, name = 'image.png'): FakeBlob {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return new FakeBlob(env, bytes, 'image/png', name);
}
