/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
// lafs: decode 64-bit integers as numbers (see scripts/generate-proto.js).
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["lafs_announce"] || ($protobuf.roots["lafs_announce"] = {});

export const lafs = $root.lafs = (() => {

    /**
     * Namespace lafs.
     * @exports lafs
     * @namespace
     */
    const lafs = {};

    lafs.announce = (function() {

        /**
         * Namespace announce.
         * @memberof lafs
         * @namespace
         */
        const announce = {};

        announce.Announcement = (function() {

            /**
             * Properties of an Announcement.
             * @typedef {Object} lafs.announce.Announcement.$Properties
             * @property {Uint8Array|null} [publicKey] Announcement publicKey
             * @property {Array.<Uint8Array>|null} [addresses] Announcement addresses
             * @property {string|null} [nickname] Announcement nickname
             * @property {string|null} [version] Announcement version
             * @property {number|null} [availableSpace] Announcement availableSpace
             * @property {number|null} [maximumImmutableShareSize] Announcement maximumImmutableShareSize
             * @property {number|null} [seqnum] Announcement seqnum
             * @property {number|null} [timestamp] Announcement timestamp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Announcement.
             * @memberof lafs.announce
             * @interface IAnnouncement
             * @augments lafs.announce.Announcement.$Properties
             * @deprecated Use lafs.announce.Announcement.$Properties instead.
             */

            /**
             * Shape of an Announcement.
             * @typedef {lafs.announce.Announcement.$Properties} lafs.announce.Announcement.$Shape
             */

            /**
             * Constructs a new Announcement.
             * @memberof lafs.announce
             * @classdesc Represents an Announcement.
             * @constructor
             * @param {lafs.announce.Announcement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Announcement = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Announcement publicKey.
             * @member {Uint8Array} publicKey
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.publicKey = $util.newBuffer([]);

            /**
             * Announcement addresses.
             * @member {Array.<Uint8Array>} addresses
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.addresses = $util.emptyArray;

            /**
             * Announcement nickname.
             * @member {string} nickname
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.nickname = "";

            /**
             * Announcement version.
             * @member {string} version
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.version = "";

            /**
             * Announcement availableSpace.
             * @member {number} availableSpace
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.availableSpace = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Announcement maximumImmutableShareSize.
             * @member {number} maximumImmutableShareSize
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.maximumImmutableShareSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Announcement seqnum.
             * @member {number} seqnum
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.seqnum = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Announcement timestamp.
             * @member {number} timestamp
             * @memberof lafs.announce.Announcement
             * @instance
             */
            Announcement.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Announcement instance using the specified properties.
             * @function create
             * @memberof lafs.announce.Announcement
             * @static
             * @param {lafs.announce.Announcement.$Properties=} [properties] Properties to set
             * @returns {lafs.announce.Announcement} Announcement instance
             * @type {{
             *   (properties: lafs.announce.Announcement.$Shape): lafs.announce.Announcement & lafs.announce.Announcement.$Shape;
             *   (properties?: lafs.announce.Announcement.$Properties): lafs.announce.Announcement;
             * }}
             */
            Announcement.create = function(properties) {
                return new Announcement(properties);
            };

            /**
             * Encodes the specified Announcement message. Does not implicitly {@link lafs.announce.Announcement.verify|verify} messages.
             * @function encode
             * @memberof lafs.announce.Announcement
             * @static
             * @param {lafs.announce.Announcement.$Properties} message Announcement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Announcement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.publicKey);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.addresses[i]);
                if (message.nickname != null && $Object.hasOwnProperty.call(message, "nickname") && message.nickname !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.nickname);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.availableSpace != null && $Object.hasOwnProperty.call(message, "availableSpace") && (typeof message.availableSpace === "object" ? message.availableSpace.low || message.availableSpace.high : message.availableSpace !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.availableSpace);
                if (message.maximumImmutableShareSize != null && $Object.hasOwnProperty.call(message, "maximumImmutableShareSize") && (typeof message.maximumImmutableShareSize === "object" ? message.maximumImmutableShareSize.low || message.maximumImmutableShareSize.high : message.maximumImmutableShareSize !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.maximumImmutableShareSize);
                if (message.seqnum != null && $Object.hasOwnProperty.call(message, "seqnum") && (typeof message.seqnum === "object" ? message.seqnum.low || message.seqnum.high : message.seqnum !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.seqnum);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.timestamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Announcement message from the specified reader or buffer.
             * @function decode
             * @memberof lafs.announce.Announcement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lafs.announce.Announcement & lafs.announce.Announcement.$Shape} Announcement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Announcement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.lafs.announce.Announcement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nickname = value;
                            else
                                delete message.nickname;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.availableSpace = value;
                            else
                                delete message.availableSpace;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maximumImmutableShareSize = value;
                            else
                                delete message.maximumImmutableShareSize;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seqnum = value;
                            else
                                delete message.seqnum;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Announcement;
        })();

        announce.SignedAnnouncement = (function() {

            /**
             * Properties of a SignedAnnouncement.
             * @typedef {Object} lafs.announce.SignedAnnouncement.$Properties
             * @property {Uint8Array|null} [body] SignedAnnouncement body
             * @property {Uint8Array|null} [signature] SignedAnnouncement signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedAnnouncement.
             * @memberof lafs.announce
             * @interface ISignedAnnouncement
             * @augments lafs.announce.SignedAnnouncement.$Properties
             * @deprecated Use lafs.announce.SignedAnnouncement.$Properties instead.
             */

            /**
             * Shape of a SignedAnnouncement.
             * @typedef {lafs.announce.SignedAnnouncement.$Properties} lafs.announce.SignedAnnouncement.$Shape
             */

            /**
             * Constructs a new SignedAnnouncement.
             * @memberof lafs.announce
             * @classdesc Represents a SignedAnnouncement.
             * @constructor
             * @param {lafs.announce.SignedAnnouncement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedAnnouncement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedAnnouncement body.
             * @member {Uint8Array} body
             * @memberof lafs.announce.SignedAnnouncement
             * @instance
             */
            SignedAnnouncement.prototype.body = $util.newBuffer([]);

            /**
             * SignedAnnouncement signature.
             * @member {Uint8Array} signature
             * @memberof lafs.announce.SignedAnnouncement
             * @instance
             */
            SignedAnnouncement.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedAnnouncement instance using the specified properties.
             * @function create
             * @memberof lafs.announce.SignedAnnouncement
             * @static
             * @param {lafs.announce.SignedAnnouncement.$Properties=} [properties] Properties to set
             * @returns {lafs.announce.SignedAnnouncement} SignedAnnouncement instance
             * @type {{
             *   (properties: lafs.announce.SignedAnnouncement.$Shape): lafs.announce.SignedAnnouncement & lafs.announce.SignedAnnouncement.$Shape;
             *   (properties?: lafs.announce.SignedAnnouncement.$Properties): lafs.announce.SignedAnnouncement;
             * }}
             */
            SignedAnnouncement.create = function(properties) {
                return new SignedAnnouncement(properties);
            };

            /**
             * Encodes the specified SignedAnnouncement message. Does not implicitly {@link lafs.announce.SignedAnnouncement.verify|verify} messages.
             * @function encode
             * @memberof lafs.announce.SignedAnnouncement
             * @static
             * @param {lafs.announce.SignedAnnouncement.$Properties} message SignedAnnouncement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedAnnouncement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedAnnouncement message from the specified reader or buffer.
             * @function decode
             * @memberof lafs.announce.SignedAnnouncement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {lafs.announce.SignedAnnouncement & lafs.announce.SignedAnnouncement.$Shape} SignedAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedAnnouncement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.lafs.announce.SignedAnnouncement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SignedAnnouncement;
        })();

        return announce;
    })();

    return lafs;
})();

export {
  $root as default
};
