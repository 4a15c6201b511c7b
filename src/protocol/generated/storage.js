/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
// lafs: decode 64-bit integers as numbers (see scripts/generate-proto.js).
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["lafs_storage"] || ($protobuf.roots["lafs_storage"] = {});

export const lafs = $root.lafs = (() => {

    /**
     * Namespace lafs.
     * @exports lafs
     * @namespace
     */
    const lafs = {};

    lafs.storage = (function() {

        /**
         * Namespace storage.
         * @memberof lafs
         * @namespace
         */
        const storage = {};

        storage.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof lafs.storage
             * @namespace
             */
            const v1 = {};

            v1.Request = (function() {

                /**
                 * Properties of a Request.
                 * @typedef {Object} lafs.storage.v1.Request.$Properties
                 * @property {number|null} [id] Request id
                 * @property {lafs.storage.v1.GetVersionRequest.$Properties|null} [getVersion] Request getVersion
                 * @property {lafs.storage.v1.AllocateBucketsRequest.$Properties|null} [allocateBuckets] Request allocateBuckets
                 * @property {lafs.storage.v1.WriteBucketRequest.$Properties|null} [writeBucket] Request writeBucket
                 * @property {lafs.storage.v1.CloseBucketRequest.$Properties|null} [closeBucket] Request closeBucket
                 * @property {lafs.storage.v1.AbortBucketRequest.$Properties|null} [abortBucket] Request abortBucket
                 * @property {lafs.storage.v1.ListBucketsRequest.$Properties|null} [listBuckets] Request listBuckets
                 * @property {lafs.storage.v1.ReadBucketRequest.$Properties|null} [readBucket] Request readBucket
                 * @property {lafs.storage.v1.SlotReadvRequest.$Properties|null} [slotReadv] Request slotReadv
                 * @property {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties|null} [slotTestvAndReadvAndWritev] Request slotTestvAndReadvAndWritev
                 * @property {lafs.storage.v1.AddLeaseRequest.$Properties|null} [addLease] Request addLease
                 * @property {lafs.storage.v1.RenewLeaseRequest.$Properties|null} [renewLease] Request renewLease
                 * @property {lafs.storage.v1.AdviseCorruptShareRequest.$Properties|null} [adviseCorruptShare] Request adviseCorruptShare
                 * @property {"getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare"} [body] Request body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Request.
                 * @memberof lafs.storage.v1
                 * @interface IRequest
                 * @augments lafs.storage.v1.Request.$Properties
                 * @deprecated Use lafs.storage.v1.Request.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Request.
                 * @typedef {{
                 *   id?: number|null;
                 *   getVersion?: lafs.storage.v1.GetVersionRequest.$Shape|null;
                 *   allocateBuckets?: lafs.storage.v1.AllocateBucketsRequest.$Shape|null;
                 *   writeBucket?: lafs.storage.v1.WriteBucketRequest.$Shape|null;
                 *   closeBucket?: lafs.storage.v1.CloseBucketRequest.$Shape|null;
                 *   abortBucket?: lafs.storage.v1.AbortBucketRequest.$Shape|null;
                 *   listBuckets?: lafs.storage.v1.ListBucketsRequest.$Shape|null;
                 *   readBucket?: lafs.storage.v1.ReadBucketRequest.$Shape|null;
                 *   slotReadv?: lafs.storage.v1.SlotReadvRequest.$Shape|null;
                 *   slotTestvAndReadvAndWritev?: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape|null;
                 *   addLease?: lafs.storage.v1.AddLeaseRequest.$Shape|null;
                 *   renewLease?: lafs.storage.v1.RenewLeaseRequest.$Shape|null;
                 *   adviseCorruptShare?: lafs.storage.v1.AdviseCorruptShareRequest.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "getVersion"; getVersion: lafs.storage.v1.GetVersionRequest.$Shape; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "allocateBuckets"; getVersion?: null; allocateBuckets: lafs.storage.v1.AllocateBucketsRequest.$Shape; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "writeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket: lafs.storage.v1.WriteBucketRequest.$Shape; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "closeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket: lafs.storage.v1.CloseBucketRequest.$Shape; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "abortBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket: lafs.storage.v1.AbortBucketRequest.$Shape; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "listBuckets"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets: lafs.storage.v1.ListBucketsRequest.$Shape; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "readBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket: lafs.storage.v1.ReadBucketRequest.$Shape; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "slotReadv"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv: lafs.storage.v1.SlotReadvRequest.$Shape; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "slotTestvAndReadvAndWritev"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "addLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease: lafs.storage.v1.AddLeaseRequest.$Shape; renewLease?: null; adviseCorruptShare?: null }|{ body?: "renewLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease: lafs.storage.v1.RenewLeaseRequest.$Shape; adviseCorruptShare?: null }|{ body?: "adviseCorruptShare"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare: lafs.storage.v1.AdviseCorruptShareRequest.$Shape })
                 * )} lafs.storage.v1.Request.$Shape
                 */

                /**
                 * Constructs a new Request.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a Request.
                 * @constructor
                 * @param {lafs.storage.v1.Request.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Request = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Request id.
                 * @member {number} id
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.id = 0;

                /**
                 * Request getVersion.
                 * @member {lafs.storage.v1.GetVersionRequest.$Properties|null|undefined} getVersion
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.getVersion = null;

                /**
                 * Request allocateBuckets.
                 * @member {lafs.storage.v1.AllocateBucketsRequest.$Properties|null|undefined} allocateBuckets
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.allocateBuckets = null;

                /**
                 * Request writeBucket.
                 * @member {lafs.storage.v1.WriteBucketRequest.$Properties|null|undefined} writeBucket
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.writeBucket = null;

                /**
                 * Request closeBucket.
                 * @member {lafs.storage.v1.CloseBucketRequest.$Properties|null|undefined} closeBucket
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.closeBucket = null;

                /**
                 * Request abortBucket.
                 * @member {lafs.storage.v1.AbortBucketRequest.$Properties|null|undefined} abortBucket
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.abortBucket = null;

                /**
                 * Request listBuckets.
                 * @member {lafs.storage.v1.ListBucketsRequest.$Properties|null|undefined} listBuckets
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.listBuckets = null;

                /**
                 * Request readBucket.
                 * @member {lafs.storage.v1.ReadBucketRequest.$Properties|null|undefined} readBucket
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.readBucket = null;

                /**
                 * Request slotReadv.
                 * @member {lafs.storage.v1.SlotReadvRequest.$Properties|null|undefined} slotReadv
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.slotReadv = null;

                /**
                 * Request slotTestvAndReadvAndWritev.
                 * @member {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties|null|undefined} slotTestvAndReadvAndWritev
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.slotTestvAndReadvAndWritev = null;

                /**
                 * Request addLease.
                 * @member {lafs.storage.v1.AddLeaseRequest.$Properties|null|undefined} addLease
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.addLease = null;

                /**
                 * Request renewLease.
                 * @member {lafs.storage.v1.RenewLeaseRequest.$Properties|null|undefined} renewLease
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.renewLease = null;

                /**
                 * Request adviseCorruptShare.
                 * @member {lafs.storage.v1.AdviseCorruptShareRequest.$Properties|null|undefined} adviseCorruptShare
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                Request.prototype.adviseCorruptShare = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Request body.
                 * @member {"getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare"|undefined} body
                 * @memberof lafs.storage.v1.Request
                 * @instance
                 */
                $Object.defineProperty(Request.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["getVersion", "allocateBuckets", "writeBucket", "closeBucket", "abortBucket", "listBuckets", "readBucket", "slotReadv", "slotTestvAndReadvAndWritev", "addLease", "renewLease", "adviseCorruptShare"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Request instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.Request
                 * @static
                 * @param {lafs.storage.v1.Request.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.Request} Request instance
                 * @type {{
                 *   (properties: lafs.storage.v1.Request.$Shape): lafs.storage.v1.Request & lafs.storage.v1.Request.$Shape;
                 *   (properties?: lafs.storage.v1.Request.$Properties): lafs.storage.v1.Request;
                 * }}
                 */
                Request.create = function(properties) {
                    return new Request(properties);
                };

                /**
                 * Encodes the specified Request message. Does not implicitly {@link lafs.storage.v1.Request.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.Request
                 * @static
                 * @param {lafs.storage.v1.Request.$Properties} message Request message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Request.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                    if (message.getVersion != null && $Object.hasOwnProperty.call(message, "getVersion"))
                        $root.lafs.storage.v1.GetVersionRequest.encode(message.getVersion, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.allocateBuckets != null && $Object.hasOwnProperty.call(message, "allocateBuckets"))
                        $root.lafs.storage.v1.AllocateBucketsRequest.encode(message.allocateBuckets, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.writeBucket != null && $Object.hasOwnProperty.call(message, "writeBucket"))
                        $root.lafs.storage.v1.WriteBucketRequest.encode(message.writeBucket, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.closeBucket != null && $Object.hasOwnProperty.call(message, "closeBucket"))
                        $root.lafs.storage.v1.CloseBucketRequest.encode(message.closeBucket, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.abortBucket != null && $Object.hasOwnProperty.call(message, "abortBucket"))
                        $root.lafs.storage.v1.AbortBucketRequest.encode(message.abortBucket, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.listBuckets != null && $Object.hasOwnProperty.call(message, "listBuckets"))
                        $root.lafs.storage.v1.ListBucketsRequest.encode(message.listBuckets, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.readBucket != null && $Object.hasOwnProperty.call(message, "readBucket"))
                        $root.lafs.storage.v1.ReadBucketRequest.encode(message.readBucket, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.slotReadv != null && $Object.hasOwnProperty.call(message, "slotReadv"))
                        $root.lafs.storage.v1.SlotReadvRequest.encode(message.slotReadv, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.slotTestvAndReadvAndWritev != null && $Object.hasOwnProperty.call(message, "slotTestvAndReadvAndWritev"))
                        $root.lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.encode(message.slotTestvAndReadvAndWritev, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.addLease != null && $Object.hasOwnProperty.call(message, "addLease"))
                        $root.lafs.storage.v1.AddLeaseRequest.encode(message.addLease, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.renewLease != null && $Object.hasOwnProperty.call(message, "renewLease"))
                        $root.lafs.storage.v1.RenewLeaseRequest.encode(message.renewLease, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.adviseCorruptShare != null && $Object.hasOwnProperty.call(message, "adviseCorruptShare"))
                        $root.lafs.storage.v1.AdviseCorruptShareRequest.encode(message.adviseCorruptShare, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Request message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.Request
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.Request & lafs.storage.v1.Request.$Shape} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Request.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.Request();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.getVersion = $root.lafs.storage.v1.GetVersionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getVersion);
                                message.body = "getVersion";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.allocateBuckets = $root.lafs.storage.v1.AllocateBucketsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.allocateBuckets);
                                message.body = "allocateBuckets";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.writeBucket = $root.lafs.storage.v1.WriteBucketRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.writeBucket);
                                message.body = "writeBucket";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.closeBucket = $root.lafs.storage.v1.CloseBucketRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.closeBucket);
                                message.body = "closeBucket";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.abortBucket = $root.lafs.storage.v1.AbortBucketRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.abortBucket);
                                message.body = "abortBucket";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.listBuckets = $root.lafs.storage.v1.ListBucketsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listBuckets);
                                message.body = "listBuckets";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.readBucket = $root.lafs.storage.v1.ReadBucketRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.readBucket);
                                message.body = "readBucket";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.slotReadv = $root.lafs.storage.v1.SlotReadvRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.slotReadv);
                                message.body = "slotReadv";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.slotTestvAndReadvAndWritev = $root.lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.slotTestvAndReadvAndWritev);
                                message.body = "slotTestvAndReadvAndWritev";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.addLease = $root.lafs.storage.v1.AddLeaseRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.addLease);
                                message.body = "addLease";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.renewLease = $root.lafs.storage.v1.RenewLeaseRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.renewLease);
                                message.body = "renewLease";
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.adviseCorruptShare = $root.lafs.storage.v1.AdviseCorruptShareRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.adviseCorruptShare);
                                message.body = "adviseCorruptShare";
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

                return Request;
            })();

            /**
             * Status enum.
             * @name lafs.storage.v1.Status
             * @enum {number}
             * @property {number} OK=0 OK value
             * @property {number} BAD_REQUEST=1 BAD_REQUEST value
             * @property {number} TOO_LARGE=2 TOO_LARGE value
             * @property {number} BUSY=3 BUSY value
             * @property {number} INTERNAL=4 INTERNAL value
             * @property {number} BAD_STORAGE_INDEX=10 BAD_STORAGE_INDEX value
             * @property {number} BAD_SHARE_NUMBER=11 BAD_SHARE_NUMBER value
             * @property {number} CONFLICTING_WRITE=12 CONFLICTING_WRITE value
             * @property {number} DATA_TOO_LARGE=13 DATA_TOO_LARGE value
             * @property {number} NO_SUCH_BUCKET=14 NO_SUCH_BUCKET value
             * @property {number} BAD_UPLOAD_SECRET=15 BAD_UPLOAD_SECRET value
             * @property {number} BAD_WRITE_ENABLER=16 BAD_WRITE_ENABLER value
             * @property {number} NO_SUCH_LEASE=17 NO_SUCH_LEASE value
             * @property {number} BAD_CONTAINER=18 BAD_CONTAINER value
             * @property {number} UNAVAILABLE=19 UNAVAILABLE value
             * @property {number} ABORTED=20 ABORTED value
             * @property {number} STORAGE_IO=21 STORAGE_IO value
             */
            v1.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OK"] = 0;
                values[valuesById[1] = "BAD_REQUEST"] = 1;
                values[valuesById[2] = "TOO_LARGE"] = 2;
                values[valuesById[3] = "BUSY"] = 3;
                values[valuesById[4] = "INTERNAL"] = 4;
                values[valuesById[10] = "BAD_STORAGE_INDEX"] = 10;
                values[valuesById[11] = "BAD_SHARE_NUMBER"] = 11;
                values[valuesById[12] = "CONFLICTING_WRITE"] = 12;
                values[valuesById[13] = "DATA_TOO_LARGE"] = 13;
                values[valuesById[14] = "NO_SUCH_BUCKET"] = 14;
                values[valuesById[15] = "BAD_UPLOAD_SECRET"] = 15;
                values[valuesById[16] = "BAD_WRITE_ENABLER"] = 16;
                values[valuesById[17] = "NO_SUCH_LEASE"] = 17;
                values[valuesById[18] = "BAD_CONTAINER"] = 18;
                values[valuesById[19] = "UNAVAILABLE"] = 19;
                values[valuesById[20] = "ABORTED"] = 20;
                values[valuesById[21] = "STORAGE_IO"] = 21;
                return values;
            })();

            v1.Response = (function() {

                /**
                 * Properties of a Response.
                 * @typedef {Object} lafs.storage.v1.Response.$Properties
                 * @property {number|null} [id] Response id
                 * @property {lafs.storage.v1.Status|null} [status] Response status
                 * @property {string|null} [message] Response message
                 * @property {lafs.storage.v1.GetVersionResult.$Properties|null} [getVersion] Response getVersion
                 * @property {lafs.storage.v1.AllocateBucketsResult.$Properties|null} [allocateBuckets] Response allocateBuckets
                 * @property {lafs.storage.v1.WriteBucketResult.$Properties|null} [writeBucket] Response writeBucket
                 * @property {lafs.storage.v1.CloseBucketResult.$Properties|null} [closeBucket] Response closeBucket
                 * @property {lafs.storage.v1.AbortBucketResult.$Properties|null} [abortBucket] Response abortBucket
                 * @property {lafs.storage.v1.ListBucketsResult.$Properties|null} [listBuckets] Response listBuckets
                 * @property {lafs.storage.v1.ReadBucketResult.$Properties|null} [readBucket] Response readBucket
                 * @property {lafs.storage.v1.SlotReadvResult.$Properties|null} [slotReadv] Response slotReadv
                 * @property {lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties|null} [slotTestvAndReadvAndWritev] Response slotTestvAndReadvAndWritev
                 * @property {lafs.storage.v1.AddLeaseResult.$Properties|null} [addLease] Response addLease
                 * @property {lafs.storage.v1.RenewLeaseResult.$Properties|null} [renewLease] Response renewLease
                 * @property {lafs.storage.v1.AdviseCorruptShareResult.$Properties|null} [adviseCorruptShare] Response adviseCorruptShare
                 * @property {"getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare"} [result] Response result
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Response.
                 * @memberof lafs.storage.v1
                 * @interface IResponse
                 * @augments lafs.storage.v1.Response.$Properties
                 * @deprecated Use lafs.storage.v1.Response.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Response.
                 * @typedef {{
                 *   id?: number|null;
                 *   status?: lafs.storage.v1.Status|null;
                 *   message?: string|null;
                 *   getVersion?: lafs.storage.v1.GetVersionResult.$Shape|null;
                 *   allocateBuckets?: lafs.storage.v1.AllocateBucketsResult.$Shape|null;
                 *   writeBucket?: lafs.storage.v1.WriteBucketResult.$Shape|null;
                 *   closeBucket?: lafs.storage.v1.CloseBucketResult.$Shape|null;
                 *   abortBucket?: lafs.storage.v1.AbortBucketResult.$Shape|null;
                 *   listBuckets?: lafs.storage.v1.ListBucketsResult.$Shape|null;
                 *   readBucket?: lafs.storage.v1.ReadBucketResult.$Shape|null;
                 *   slotReadv?: lafs.storage.v1.SlotReadvResult.$Shape|null;
                 *   slotTestvAndReadvAndWritev?: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape|null;
                 *   addLease?: lafs.storage.v1.AddLeaseResult.$Shape|null;
                 *   renewLease?: lafs.storage.v1.RenewLeaseResult.$Shape|null;
                 *   adviseCorruptShare?: lafs.storage.v1.AdviseCorruptShareResult.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ result?: undefined; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "getVersion"; getVersion: lafs.storage.v1.GetVersionResult.$Shape; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "allocateBuckets"; getVersion?: null; allocateBuckets: lafs.storage.v1.AllocateBucketsResult.$Shape; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "writeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket: lafs.storage.v1.WriteBucketResult.$Shape; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "closeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket: lafs.storage.v1.CloseBucketResult.$Shape; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "abortBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket: lafs.storage.v1.AbortBucketResult.$Shape; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "listBuckets"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets: lafs.storage.v1.ListBucketsResult.$Shape; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "readBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket: lafs.storage.v1.ReadBucketResult.$Shape; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "slotReadv"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv: lafs.storage.v1.SlotReadvResult.$Shape; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "slotTestvAndReadvAndWritev"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "addLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease: lafs.storage.v1.AddLeaseResult.$Shape; renewLease?: null; adviseCorruptShare?: null }|{ result?: "renewLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease: lafs.storage.v1.RenewLeaseResult.$Shape; adviseCorruptShare?: null }|{ result?: "adviseCorruptShare"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare: lafs.storage.v1.AdviseCorruptShareResult.$Shape })
                 * )} lafs.storage.v1.Response.$Shape
                 */

                /**
                 * Constructs a new Response.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a Response.
                 * @constructor
                 * @param {lafs.storage.v1.Response.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Response = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Response id.
                 * @member {number} id
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.id = 0;

                /**
                 * Response status.
                 * @member {lafs.storage.v1.Status} status
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.status = 0;

                /**
                 * Response message.
                 * @member {string} message
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.message = "";

                /**
                 * Response getVersion.
                 * @member {lafs.storage.v1.GetVersionResult.$Properties|null|undefined} getVersion
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.getVersion = null;

                /**
                 * Response allocateBuckets.
                 * @member {lafs.storage.v1.AllocateBucketsResult.$Properties|null|undefined} allocateBuckets
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.allocateBuckets = null;

                /**
                 * Response writeBucket.
                 * @member {lafs.storage.v1.WriteBucketResult.$Properties|null|undefined} writeBucket
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.writeBucket = null;

                /**
                 * Response closeBucket.
                 * @member {lafs.storage.v1.CloseBucketResult.$Properties|null|undefined} closeBucket
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.closeBucket = null;

                /**
                 * Response abortBucket.
                 * @member {lafs.storage.v1.AbortBucketResult.$Properties|null|undefined} abortBucket
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.abortBucket = null;

                /**
                 * Response listBuckets.
                 * @member {lafs.storage.v1.ListBucketsResult.$Properties|null|undefined} listBuckets
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.listBuckets = null;

                /**
                 * Response readBucket.
                 * @member {lafs.storage.v1.ReadBucketResult.$Properties|null|undefined} readBucket
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.readBucket = null;

                /**
                 * Response slotReadv.
                 * @member {lafs.storage.v1.SlotReadvResult.$Properties|null|undefined} slotReadv
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.slotReadv = null;

                /**
                 * Response slotTestvAndReadvAndWritev.
                 * @member {lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties|null|undefined} slotTestvAndReadvAndWritev
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.slotTestvAndReadvAndWritev = null;

                /**
                 * Response addLease.
                 * @member {lafs.storage.v1.AddLeaseResult.$Properties|null|undefined} addLease
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.addLease = null;

                /**
                 * Response renewLease.
                 * @member {lafs.storage.v1.RenewLeaseResult.$Properties|null|undefined} renewLease
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.renewLease = null;

                /**
                 * Response adviseCorruptShare.
                 * @member {lafs.storage.v1.AdviseCorruptShareResult.$Properties|null|undefined} adviseCorruptShare
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                Response.prototype.adviseCorruptShare = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Response result.
                 * @member {"getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare"|undefined} result
                 * @memberof lafs.storage.v1.Response
                 * @instance
                 */
                $Object.defineProperty(Response.prototype, "result", {
                    get: $util.oneOfGetter($oneOfFields = ["getVersion", "allocateBuckets", "writeBucket", "closeBucket", "abortBucket", "listBuckets", "readBucket", "slotReadv", "slotTestvAndReadvAndWritev", "addLease", "renewLease", "adviseCorruptShare"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Response instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.Response
                 * @static
                 * @param {lafs.storage.v1.Response.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.Response} Response instance
                 * @type {{
                 *   (properties: lafs.storage.v1.Response.$Shape): lafs.storage.v1.Response & lafs.storage.v1.Response.$Shape;
                 *   (properties?: lafs.storage.v1.Response.$Properties): lafs.storage.v1.Response;
                 * }}
                 */
                Response.create = function(properties) {
                    return new Response(properties);
                };

                /**
                 * Encodes the specified Response message. Does not implicitly {@link lafs.storage.v1.Response.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.Response
                 * @static
                 * @param {lafs.storage.v1.Response.$Properties} message Response message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Response.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                    if (message.getVersion != null && $Object.hasOwnProperty.call(message, "getVersion"))
                        $root.lafs.storage.v1.GetVersionResult.encode(message.getVersion, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.allocateBuckets != null && $Object.hasOwnProperty.call(message, "allocateBuckets"))
                        $root.lafs.storage.v1.AllocateBucketsResult.encode(message.allocateBuckets, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.writeBucket != null && $Object.hasOwnProperty.call(message, "writeBucket"))
                        $root.lafs.storage.v1.WriteBucketResult.encode(message.writeBucket, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.closeBucket != null && $Object.hasOwnProperty.call(message, "closeBucket"))
                        $root.lafs.storage.v1.CloseBucketResult.encode(message.closeBucket, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.abortBucket != null && $Object.hasOwnProperty.call(message, "abortBucket"))
                        $root.lafs.storage.v1.AbortBucketResult.encode(message.abortBucket, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.listBuckets != null && $Object.hasOwnProperty.call(message, "listBuckets"))
                        $root.lafs.storage.v1.ListBucketsResult.encode(message.listBuckets, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.readBucket != null && $Object.hasOwnProperty.call(message, "readBucket"))
                        $root.lafs.storage.v1.ReadBucketResult.encode(message.readBucket, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.slotReadv != null && $Object.hasOwnProperty.call(message, "slotReadv"))
                        $root.lafs.storage.v1.SlotReadvResult.encode(message.slotReadv, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.slotTestvAndReadvAndWritev != null && $Object.hasOwnProperty.call(message, "slotTestvAndReadvAndWritev"))
                        $root.lafs.storage.v1.SlotTestvAndReadvAndWritevResult.encode(message.slotTestvAndReadvAndWritev, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.addLease != null && $Object.hasOwnProperty.call(message, "addLease"))
                        $root.lafs.storage.v1.AddLeaseResult.encode(message.addLease, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.renewLease != null && $Object.hasOwnProperty.call(message, "renewLease"))
                        $root.lafs.storage.v1.RenewLeaseResult.encode(message.renewLease, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.adviseCorruptShare != null && $Object.hasOwnProperty.call(message, "adviseCorruptShare"))
                        $root.lafs.storage.v1.AdviseCorruptShareResult.encode(message.adviseCorruptShare, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Response message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.Response
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.Response & lafs.storage.v1.Response.$Shape} Response
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Response.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.Response();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.getVersion = $root.lafs.storage.v1.GetVersionResult.decode(reader, reader.size(), $undefined, _depth + 1, message.getVersion);
                                message.result = "getVersion";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.allocateBuckets = $root.lafs.storage.v1.AllocateBucketsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.allocateBuckets);
                                message.result = "allocateBuckets";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.writeBucket = $root.lafs.storage.v1.WriteBucketResult.decode(reader, reader.size(), $undefined, _depth + 1, message.writeBucket);
                                message.result = "writeBucket";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.closeBucket = $root.lafs.storage.v1.CloseBucketResult.decode(reader, reader.size(), $undefined, _depth + 1, message.closeBucket);
                                message.result = "closeBucket";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.abortBucket = $root.lafs.storage.v1.AbortBucketResult.decode(reader, reader.size(), $undefined, _depth + 1, message.abortBucket);
                                message.result = "abortBucket";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.listBuckets = $root.lafs.storage.v1.ListBucketsResult.decode(reader, reader.size(), $undefined, _depth + 1, message.listBuckets);
                                message.result = "listBuckets";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.readBucket = $root.lafs.storage.v1.ReadBucketResult.decode(reader, reader.size(), $undefined, _depth + 1, message.readBucket);
                                message.result = "readBucket";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.slotReadv = $root.lafs.storage.v1.SlotReadvResult.decode(reader, reader.size(), $undefined, _depth + 1, message.slotReadv);
                                message.result = "slotReadv";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.slotTestvAndReadvAndWritev = $root.lafs.storage.v1.SlotTestvAndReadvAndWritevResult.decode(reader, reader.size(), $undefined, _depth + 1, message.slotTestvAndReadvAndWritev);
                                message.result = "slotTestvAndReadvAndWritev";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.addLease = $root.lafs.storage.v1.AddLeaseResult.decode(reader, reader.size(), $undefined, _depth + 1, message.addLease);
                                message.result = "addLease";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.renewLease = $root.lafs.storage.v1.RenewLeaseResult.decode(reader, reader.size(), $undefined, _depth + 1, message.renewLease);
                                message.result = "renewLease";
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.adviseCorruptShare = $root.lafs.storage.v1.AdviseCorruptShareResult.decode(reader, reader.size(), $undefined, _depth + 1, message.adviseCorruptShare);
                                message.result = "adviseCorruptShare";
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

                return Response;
            })();

            v1.GetVersionRequest = (function() {

                /**
                 * Properties of a GetVersionRequest.
                 * @typedef {Object} lafs.storage.v1.GetVersionRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetVersionRequest.
                 * @memberof lafs.storage.v1
                 * @interface IGetVersionRequest
                 * @augments lafs.storage.v1.GetVersionRequest.$Properties
                 * @deprecated Use lafs.storage.v1.GetVersionRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetVersionRequest.
                 * @typedef {lafs.storage.v1.GetVersionRequest.$Properties} lafs.storage.v1.GetVersionRequest.$Shape
                 */

                /**
                 * Constructs a new GetVersionRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a GetVersionRequest.
                 * @constructor
                 * @param {lafs.storage.v1.GetVersionRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetVersionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new GetVersionRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.GetVersionRequest
                 * @static
                 * @param {lafs.storage.v1.GetVersionRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.GetVersionRequest} GetVersionRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.GetVersionRequest.$Shape): lafs.storage.v1.GetVersionRequest & lafs.storage.v1.GetVersionRequest.$Shape;
                 *   (properties?: lafs.storage.v1.GetVersionRequest.$Properties): lafs.storage.v1.GetVersionRequest;
                 * }}
                 */
                GetVersionRequest.create = function(properties) {
                    return new GetVersionRequest(properties);
                };

                /**
                 * Encodes the specified GetVersionRequest message. Does not implicitly {@link lafs.storage.v1.GetVersionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.GetVersionRequest
                 * @static
                 * @param {lafs.storage.v1.GetVersionRequest.$Properties} message GetVersionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetVersionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetVersionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.GetVersionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.GetVersionRequest & lafs.storage.v1.GetVersionRequest.$Shape} GetVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetVersionRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.GetVersionRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return GetVersionRequest;
            })();

            v1.GetVersionResult = (function() {

                /**
                 * Properties of a GetVersionResult.
                 * @typedef {Object} lafs.storage.v1.GetVersionResult.$Properties
                 * @property {number|null} [maximumImmutableShareSize] GetVersionResult maximumImmutableShareSize
                 * @property {number|null} [maximumMutableShareSize] GetVersionResult maximumMutableShareSize
                 * @property {number|null} [availableSpace] GetVersionResult availableSpace
                 * @property {boolean|null} [toleratesImmutableReadOverrun] GetVersionResult toleratesImmutableReadOverrun
                 * @property {boolean|null} [deleteMutableSharesWithZeroLengthWritev] GetVersionResult deleteMutableSharesWithZeroLengthWritev
                 * @property {boolean|null} [fillsHolesWithZeroBytes] GetVersionResult fillsHolesWithZeroBytes
                 * @property {boolean|null} [preventsReadPastEndOfShareData] GetVersionResult preventsReadPastEndOfShareData
                 * @property {string|null} [applicationVersion] GetVersionResult applicationVersion
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetVersionResult.
                 * @memberof lafs.storage.v1
                 * @interface IGetVersionResult
                 * @augments lafs.storage.v1.GetVersionResult.$Properties
                 * @deprecated Use lafs.storage.v1.GetVersionResult.$Properties instead.
                 */

                /**
                 * Shape of a GetVersionResult.
                 * @typedef {lafs.storage.v1.GetVersionResult.$Properties} lafs.storage.v1.GetVersionResult.$Shape
                 */

                /**
                 * Constructs a new GetVersionResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a GetVersionResult.
                 * @constructor
                 * @param {lafs.storage.v1.GetVersionResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetVersionResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetVersionResult maximumImmutableShareSize.
                 * @member {number} maximumImmutableShareSize
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.maximumImmutableShareSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GetVersionResult maximumMutableShareSize.
                 * @member {number} maximumMutableShareSize
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.maximumMutableShareSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GetVersionResult availableSpace.
                 * @member {number} availableSpace
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.availableSpace = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * GetVersionResult toleratesImmutableReadOverrun.
                 * @member {boolean} toleratesImmutableReadOverrun
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.toleratesImmutableReadOverrun = false;

                /**
                 * GetVersionResult deleteMutableSharesWithZeroLengthWritev.
                 * @member {boolean} deleteMutableSharesWithZeroLengthWritev
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.deleteMutableSharesWithZeroLengthWritev = false;

                /**
                 * GetVersionResult fillsHolesWithZeroBytes.
                 * @member {boolean} fillsHolesWithZeroBytes
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.fillsHolesWithZeroBytes = false;

                /**
                 * GetVersionResult preventsReadPastEndOfShareData.
                 * @member {boolean} preventsReadPastEndOfShareData
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.preventsReadPastEndOfShareData = false;

                /**
                 * GetVersionResult applicationVersion.
                 * @member {string} applicationVersion
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @instance
                 */
                GetVersionResult.prototype.applicationVersion = "";

                /**
                 * Creates a new GetVersionResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @static
                 * @param {lafs.storage.v1.GetVersionResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.GetVersionResult} GetVersionResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.GetVersionResult.$Shape): lafs.storage.v1.GetVersionResult & lafs.storage.v1.GetVersionResult.$Shape;
                 *   (properties?: lafs.storage.v1.GetVersionResult.$Properties): lafs.storage.v1.GetVersionResult;
                 * }}
                 */
                GetVersionResult.create = function(properties) {
                    return new GetVersionResult(properties);
                };

                /**
                 * Encodes the specified GetVersionResult message. Does not implicitly {@link lafs.storage.v1.GetVersionResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @static
                 * @param {lafs.storage.v1.GetVersionResult.$Properties} message GetVersionResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetVersionResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.maximumImmutableShareSize != null && $Object.hasOwnProperty.call(message, "maximumImmutableShareSize") && (typeof message.maximumImmutableShareSize === "object" ? message.maximumImmutableShareSize.low || message.maximumImmutableShareSize.high : message.maximumImmutableShareSize !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maximumImmutableShareSize);
                    if (message.maximumMutableShareSize != null && $Object.hasOwnProperty.call(message, "maximumMutableShareSize") && (typeof message.maximumMutableShareSize === "object" ? message.maximumMutableShareSize.low || message.maximumMutableShareSize.high : message.maximumMutableShareSize !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.maximumMutableShareSize);
                    if (message.availableSpace != null && $Object.hasOwnProperty.call(message, "availableSpace") && (typeof message.availableSpace === "object" ? message.availableSpace.low || message.availableSpace.high : message.availableSpace !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.availableSpace);
                    if (message.toleratesImmutableReadOverrun != null && $Object.hasOwnProperty.call(message, "toleratesImmutableReadOverrun") && message.toleratesImmutableReadOverrun !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.toleratesImmutableReadOverrun);
                    if (message.deleteMutableSharesWithZeroLengthWritev != null && $Object.hasOwnProperty.call(message, "deleteMutableSharesWithZeroLengthWritev") && message.deleteMutableSharesWithZeroLengthWritev !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.deleteMutableSharesWithZeroLengthWritev);
                    if (message.fillsHolesWithZeroBytes != null && $Object.hasOwnProperty.call(message, "fillsHolesWithZeroBytes") && message.fillsHolesWithZeroBytes !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.fillsHolesWithZeroBytes);
                    if (message.preventsReadPastEndOfShareData != null && $Object.hasOwnProperty.call(message, "preventsReadPastEndOfShareData") && message.preventsReadPastEndOfShareData !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.preventsReadPastEndOfShareData);
                    if (message.applicationVersion != null && $Object.hasOwnProperty.call(message, "applicationVersion") && message.applicationVersion !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.applicationVersion);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GetVersionResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.GetVersionResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.GetVersionResult & lafs.storage.v1.GetVersionResult.$Shape} GetVersionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetVersionResult.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.GetVersionResult();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maximumImmutableShareSize = value;
                                else
                                    delete message.maximumImmutableShareSize;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maximumMutableShareSize = value;
                                else
                                    delete message.maximumMutableShareSize;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.availableSpace = value;
                                else
                                    delete message.availableSpace;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.toleratesImmutableReadOverrun = value;
                                else
                                    delete message.toleratesImmutableReadOverrun;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.deleteMutableSharesWithZeroLengthWritev = value;
                                else
                                    delete message.deleteMutableSharesWithZeroLengthWritev;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.fillsHolesWithZeroBytes = value;
                                else
                                    delete message.fillsHolesWithZeroBytes;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.preventsReadPastEndOfShareData = value;
                                else
                                    delete message.preventsReadPastEndOfShareData;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.applicationVersion = value;
                                else
                                    delete message.applicationVersion;
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

                return GetVersionResult;
            })();

            v1.AllocateBucketsRequest = (function() {

                /**
                 * Properties of an AllocateBucketsRequest.
                 * @typedef {Object} lafs.storage.v1.AllocateBucketsRequest.$Properties
                 * @property {Uint8Array|null} [storageIndex] AllocateBucketsRequest storageIndex
                 * @property {Uint8Array|null} [renewSecret] AllocateBucketsRequest renewSecret
                 * @property {Uint8Array|null} [cancelSecret] AllocateBucketsRequest cancelSecret
                 * @property {Uint8Array|null} [uploadSecret] AllocateBucketsRequest uploadSecret
                 * @property {Array.<number>|null} [shareNumbers] AllocateBucketsRequest shareNumbers
                 * @property {number|null} [allocatedSize] AllocateBucketsRequest allocatedSize
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AllocateBucketsRequest.
                 * @memberof lafs.storage.v1
                 * @interface IAllocateBucketsRequest
                 * @augments lafs.storage.v1.AllocateBucketsRequest.$Properties
                 * @deprecated Use lafs.storage.v1.AllocateBucketsRequest.$Properties instead.
                 */

                /**
                 * Shape of an AllocateBucketsRequest.
                 * @typedef {lafs.storage.v1.AllocateBucketsRequest.$Properties} lafs.storage.v1.AllocateBucketsRequest.$Shape
                 */

                /**
                 * Constructs a new AllocateBucketsRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AllocateBucketsRequest.
                 * @constructor
                 * @param {lafs.storage.v1.AllocateBucketsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AllocateBucketsRequest = function (properties) {
                    this.shareNumbers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AllocateBucketsRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @instance
                 */
                AllocateBucketsRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * AllocateBucketsRequest renewSecret.
                 * @member {Uint8Array} renewSecret
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @instance
                 */
                AllocateBucketsRequest.prototype.renewSecret = $util.newBuffer([]);

                /**
                 * AllocateBucketsRequest cancelSecret.
                 * @member {Uint8Array} cancelSecret
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @instance
                 */
                AllocateBucketsRequest.prototype.cancelSecret = $util.newBuffer([]);

                /**
                 * AllocateBucketsRequest uploadSecret.
                 * @member {Uint8Array} uploadSecret
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @instance
                 */
                AllocateBucketsRequest.prototype.uploadSecret = $util.newBuffer([]);

                /**
                 * AllocateBucketsRequest shareNumbers.
                 * @member {Array.<number>} shareNumbers
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @instance
                 */
                AllocateBucketsRequest.prototype.shareNumbers = $util.emptyArray;

                /**
                 * AllocateBucketsRequest allocatedSize.
                 * @member {number} allocatedSize
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @instance
                 */
                AllocateBucketsRequest.prototype.allocatedSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new AllocateBucketsRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @static
                 * @param {lafs.storage.v1.AllocateBucketsRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AllocateBucketsRequest} AllocateBucketsRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AllocateBucketsRequest.$Shape): lafs.storage.v1.AllocateBucketsRequest & lafs.storage.v1.AllocateBucketsRequest.$Shape;
                 *   (properties?: lafs.storage.v1.AllocateBucketsRequest.$Properties): lafs.storage.v1.AllocateBucketsRequest;
                 * }}
                 */
                AllocateBucketsRequest.create = function(properties) {
                    return new AllocateBucketsRequest(properties);
                };

                /**
                 * Encodes the specified AllocateBucketsRequest message. Does not implicitly {@link lafs.storage.v1.AllocateBucketsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @static
                 * @param {lafs.storage.v1.AllocateBucketsRequest.$Properties} message AllocateBucketsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AllocateBucketsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.renewSecret != null && $Object.hasOwnProperty.call(message, "renewSecret") && message.renewSecret.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.renewSecret);
                    if (message.cancelSecret != null && $Object.hasOwnProperty.call(message, "cancelSecret") && message.cancelSecret.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.cancelSecret);
                    if (message.uploadSecret != null && $Object.hasOwnProperty.call(message, "uploadSecret") && message.uploadSecret.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.uploadSecret);
                    if (message.shareNumbers != null && message.shareNumbers.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.shareNumbers);
                    if (message.allocatedSize != null && $Object.hasOwnProperty.call(message, "allocatedSize") && (typeof message.allocatedSize === "object" ? message.allocatedSize.low || message.allocatedSize.high : message.allocatedSize !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.allocatedSize);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AllocateBucketsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AllocateBucketsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AllocateBucketsRequest & lafs.storage.v1.AllocateBucketsRequest.$Shape} AllocateBucketsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AllocateBucketsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.AllocateBucketsRequest();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.renewSecret = value;
                                else
                                    delete message.renewSecret;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.cancelSecret = value;
                                else
                                    delete message.cancelSecret;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.uploadSecret = value;
                                else
                                    delete message.uploadSecret;
                                continue;
                            }
                        case 5: {
                                if (wireType === 2) {
                                    if (!(message.shareNumbers && message.shareNumbers.length))
                                        message.shareNumbers = [];
                                    reader.uint32s(message.shareNumbers);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.shareNumbers && message.shareNumbers.length))
                                    message.shareNumbers = [];
                                message.shareNumbers.push(reader.uint32());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.allocatedSize = value;
                                else
                                    delete message.allocatedSize;
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

                return AllocateBucketsRequest;
            })();

            v1.AllocateBucketsResult = (function() {

                /**
                 * Properties of an AllocateBucketsResult.
                 * @typedef {Object} lafs.storage.v1.AllocateBucketsResult.$Properties
                 * @property {Array.<number>|null} [alreadyHave] AllocateBucketsResult alreadyHave
                 * @property {Array.<number>|null} [allocated] AllocateBucketsResult allocated
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AllocateBucketsResult.
                 * @memberof lafs.storage.v1
                 * @interface IAllocateBucketsResult
                 * @augments lafs.storage.v1.AllocateBucketsResult.$Properties
                 * @deprecated Use lafs.storage.v1.AllocateBucketsResult.$Properties instead.
                 */

                /**
                 * Shape of an AllocateBucketsResult.
                 * @typedef {lafs.storage.v1.AllocateBucketsResult.$Properties} lafs.storage.v1.AllocateBucketsResult.$Shape
                 */

                /**
                 * Constructs a new AllocateBucketsResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AllocateBucketsResult.
                 * @constructor
                 * @param {lafs.storage.v1.AllocateBucketsResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AllocateBucketsResult = function (properties) {
                    this.alreadyHave = [];
                    this.allocated = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AllocateBucketsResult alreadyHave.
                 * @member {Array.<number>} alreadyHave
                 * @memberof lafs.storage.v1.AllocateBucketsResult
                 * @instance
                 */
                AllocateBucketsResult.prototype.alreadyHave = $util.emptyArray;

                /**
                 * AllocateBucketsResult allocated.
                 * @member {Array.<number>} allocated
                 * @memberof lafs.storage.v1.AllocateBucketsResult
                 * @instance
                 */
                AllocateBucketsResult.prototype.allocated = $util.emptyArray;

                /**
                 * Creates a new AllocateBucketsResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AllocateBucketsResult
                 * @static
                 * @param {lafs.storage.v1.AllocateBucketsResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AllocateBucketsResult} AllocateBucketsResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AllocateBucketsResult.$Shape): lafs.storage.v1.AllocateBucketsResult & lafs.storage.v1.AllocateBucketsResult.$Shape;
                 *   (properties?: lafs.storage.v1.AllocateBucketsResult.$Properties): lafs.storage.v1.AllocateBucketsResult;
                 * }}
                 */
                AllocateBucketsResult.create = function(properties) {
                    return new AllocateBucketsResult(properties);
                };

                /**
                 * Encodes the specified AllocateBucketsResult message. Does not implicitly {@link lafs.storage.v1.AllocateBucketsResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AllocateBucketsResult
                 * @static
                 * @param {lafs.storage.v1.AllocateBucketsResult.$Properties} message AllocateBucketsResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AllocateBucketsResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.alreadyHave != null && message.alreadyHave.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.alreadyHave);
                    if (message.allocated != null && message.allocated.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.allocated);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AllocateBucketsResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AllocateBucketsResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AllocateBucketsResult & lafs.storage.v1.AllocateBucketsResult.$Shape} AllocateBucketsResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AllocateBucketsResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.AllocateBucketsResult();
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
                                if (wireType === 2) {
                                    if (!(message.alreadyHave && message.alreadyHave.length))
                                        message.alreadyHave = [];
                                    reader.uint32s(message.alreadyHave);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.alreadyHave && message.alreadyHave.length))
                                    message.alreadyHave = [];
                                message.alreadyHave.push(reader.uint32());
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.allocated && message.allocated.length))
                                        message.allocated = [];
                                    reader.uint32s(message.allocated);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.allocated && message.allocated.length))
                                    message.allocated = [];
                                message.allocated.push(reader.uint32());
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

                return AllocateBucketsResult;
            })();

            v1.BucketRef = (function() {

                /**
                 * Properties of a BucketRef.
                 * @typedef {Object} lafs.storage.v1.BucketRef.$Properties
                 * @property {Uint8Array|null} [storageIndex] BucketRef storageIndex
                 * @property {number|null} [shareNumber] BucketRef shareNumber
                 * @property {Uint8Array|null} [uploadSecret] BucketRef uploadSecret
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BucketRef.
                 * @memberof lafs.storage.v1
                 * @interface IBucketRef
                 * @augments lafs.storage.v1.BucketRef.$Properties
                 * @deprecated Use lafs.storage.v1.BucketRef.$Properties instead.
                 */

                /**
                 * Shape of a BucketRef.
                 * @typedef {lafs.storage.v1.BucketRef.$Properties} lafs.storage.v1.BucketRef.$Shape
                 */

                /**
                 * Constructs a new BucketRef.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a BucketRef.
                 * @constructor
                 * @param {lafs.storage.v1.BucketRef.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BucketRef = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BucketRef storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.BucketRef
                 * @instance
                 */
                BucketRef.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * BucketRef shareNumber.
                 * @member {number} shareNumber
                 * @memberof lafs.storage.v1.BucketRef
                 * @instance
                 */
                BucketRef.prototype.shareNumber = 0;

                /**
                 * BucketRef uploadSecret.
                 * @member {Uint8Array} uploadSecret
                 * @memberof lafs.storage.v1.BucketRef
                 * @instance
                 */
                BucketRef.prototype.uploadSecret = $util.newBuffer([]);

                /**
                 * Creates a new BucketRef instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.BucketRef
                 * @static
                 * @param {lafs.storage.v1.BucketRef.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.BucketRef} BucketRef instance
                 * @type {{
                 *   (properties: lafs.storage.v1.BucketRef.$Shape): lafs.storage.v1.BucketRef & lafs.storage.v1.BucketRef.$Shape;
                 *   (properties?: lafs.storage.v1.BucketRef.$Properties): lafs.storage.v1.BucketRef;
                 * }}
                 */
                BucketRef.create = function(properties) {
                    return new BucketRef(properties);
                };

                /**
                 * Encodes the specified BucketRef message. Does not implicitly {@link lafs.storage.v1.BucketRef.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.BucketRef
                 * @static
                 * @param {lafs.storage.v1.BucketRef.$Properties} message BucketRef message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BucketRef.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.shareNumber != null && $Object.hasOwnProperty.call(message, "shareNumber") && message.shareNumber !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shareNumber);
                    if (message.uploadSecret != null && $Object.hasOwnProperty.call(message, "uploadSecret") && message.uploadSecret.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.uploadSecret);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a BucketRef message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.BucketRef
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.BucketRef & lafs.storage.v1.BucketRef.$Shape} BucketRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BucketRef.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.BucketRef();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shareNumber = value;
                                else
                                    delete message.shareNumber;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.uploadSecret = value;
                                else
                                    delete message.uploadSecret;
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

                return BucketRef;
            })();

            v1.WriteBucketRequest = (function() {

                /**
                 * Properties of a WriteBucketRequest.
                 * @typedef {Object} lafs.storage.v1.WriteBucketRequest.$Properties
                 * @property {lafs.storage.v1.BucketRef.$Properties|null} [bucket] WriteBucketRequest bucket
                 * @property {number|null} [offset] WriteBucketRequest offset
                 * @property {Uint8Array|null} [data] WriteBucketRequest data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WriteBucketRequest.
                 * @memberof lafs.storage.v1
                 * @interface IWriteBucketRequest
                 * @augments lafs.storage.v1.WriteBucketRequest.$Properties
                 * @deprecated Use lafs.storage.v1.WriteBucketRequest.$Properties instead.
                 */

                /**
                 * Shape of a WriteBucketRequest.
                 * @typedef {lafs.storage.v1.WriteBucketRequest.$Properties} lafs.storage.v1.WriteBucketRequest.$Shape
                 */

                /**
                 * Constructs a new WriteBucketRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a WriteBucketRequest.
                 * @constructor
                 * @param {lafs.storage.v1.WriteBucketRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WriteBucketRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WriteBucketRequest bucket.
                 * @member {lafs.storage.v1.BucketRef.$Properties|null|undefined} bucket
                 * @memberof lafs.storage.v1.WriteBucketRequest
                 * @instance
                 */
                WriteBucketRequest.prototype.bucket = null;

                /**
                 * WriteBucketRequest offset.
                 * @member {number} offset
                 * @memberof lafs.storage.v1.WriteBucketRequest
                 * @instance
                 */
                WriteBucketRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * WriteBucketRequest data.
                 * @member {Uint8Array} data
                 * @memberof lafs.storage.v1.WriteBucketRequest
                 * @instance
                 */
                WriteBucketRequest.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new WriteBucketRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.WriteBucketRequest
                 * @static
                 * @param {lafs.storage.v1.WriteBucketRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.WriteBucketRequest} WriteBucketRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.WriteBucketRequest.$Shape): lafs.storage.v1.WriteBucketRequest & lafs.storage.v1.WriteBucketRequest.$Shape;
                 *   (properties?: lafs.storage.v1.WriteBucketRequest.$Properties): lafs.storage.v1.WriteBucketRequest;
                 * }}
                 */
                WriteBucketRequest.create = function(properties) {
                    return new WriteBucketRequest(properties);
                };

                /**
                 * Encodes the specified WriteBucketRequest message. Does not implicitly {@link lafs.storage.v1.WriteBucketRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.WriteBucketRequest
                 * @static
                 * @param {lafs.storage.v1.WriteBucketRequest.$Properties} message WriteBucketRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WriteBucketRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket"))
                        $root.lafs.storage.v1.BucketRef.encode(message.bucket, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WriteBucketRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.WriteBucketRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.WriteBucketRequest & lafs.storage.v1.WriteBucketRequest.$Shape} WriteBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WriteBucketRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.WriteBucketRequest();
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
                                message.bucket = $root.lafs.storage.v1.BucketRef.decode(reader, reader.size(), $undefined, _depth + 1, message.bucket);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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

                return WriteBucketRequest;
            })();

            v1.WriteBucketResult = (function() {

                /**
                 * Properties of a WriteBucketResult.
                 * @typedef {Object} lafs.storage.v1.WriteBucketResult.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WriteBucketResult.
                 * @memberof lafs.storage.v1
                 * @interface IWriteBucketResult
                 * @augments lafs.storage.v1.WriteBucketResult.$Properties
                 * @deprecated Use lafs.storage.v1.WriteBucketResult.$Properties instead.
                 */

                /**
                 * Shape of a WriteBucketResult.
                 * @typedef {lafs.storage.v1.WriteBucketResult.$Properties} lafs.storage.v1.WriteBucketResult.$Shape
                 */

                /**
                 * Constructs a new WriteBucketResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a WriteBucketResult.
                 * @constructor
                 * @param {lafs.storage.v1.WriteBucketResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WriteBucketResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new WriteBucketResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.WriteBucketResult
                 * @static
                 * @param {lafs.storage.v1.WriteBucketResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.WriteBucketResult} WriteBucketResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.WriteBucketResult.$Shape): lafs.storage.v1.WriteBucketResult & lafs.storage.v1.WriteBucketResult.$Shape;
                 *   (properties?: lafs.storage.v1.WriteBucketResult.$Properties): lafs.storage.v1.WriteBucketResult;
                 * }}
                 */
                WriteBucketResult.create = function(properties) {
                    return new WriteBucketResult(properties);
                };

                /**
                 * Encodes the specified WriteBucketResult message. Does not implicitly {@link lafs.storage.v1.WriteBucketResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.WriteBucketResult
                 * @static
                 * @param {lafs.storage.v1.WriteBucketResult.$Properties} message WriteBucketResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WriteBucketResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WriteBucketResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.WriteBucketResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.WriteBucketResult & lafs.storage.v1.WriteBucketResult.$Shape} WriteBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WriteBucketResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.WriteBucketResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return WriteBucketResult;
            })();

            v1.CloseBucketRequest = (function() {

                /**
                 * Properties of a CloseBucketRequest.
                 * @typedef {Object} lafs.storage.v1.CloseBucketRequest.$Properties
                 * @property {lafs.storage.v1.BucketRef.$Properties|null} [bucket] CloseBucketRequest bucket
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CloseBucketRequest.
                 * @memberof lafs.storage.v1
                 * @interface ICloseBucketRequest
                 * @augments lafs.storage.v1.CloseBucketRequest.$Properties
                 * @deprecated Use lafs.storage.v1.CloseBucketRequest.$Properties instead.
                 */

                /**
                 * Shape of a CloseBucketRequest.
                 * @typedef {lafs.storage.v1.CloseBucketRequest.$Properties} lafs.storage.v1.CloseBucketRequest.$Shape
                 */

                /**
                 * Constructs a new CloseBucketRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a CloseBucketRequest.
                 * @constructor
                 * @param {lafs.storage.v1.CloseBucketRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CloseBucketRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CloseBucketRequest bucket.
                 * @member {lafs.storage.v1.BucketRef.$Properties|null|undefined} bucket
                 * @memberof lafs.storage.v1.CloseBucketRequest
                 * @instance
                 */
                CloseBucketRequest.prototype.bucket = null;

                /**
                 * Creates a new CloseBucketRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.CloseBucketRequest
                 * @static
                 * @param {lafs.storage.v1.CloseBucketRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.CloseBucketRequest} CloseBucketRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.CloseBucketRequest.$Shape): lafs.storage.v1.CloseBucketRequest & lafs.storage.v1.CloseBucketRequest.$Shape;
                 *   (properties?: lafs.storage.v1.CloseBucketRequest.$Properties): lafs.storage.v1.CloseBucketRequest;
                 * }}
                 */
                CloseBucketRequest.create = function(properties) {
                    return new CloseBucketRequest(properties);
                };

                /**
                 * Encodes the specified CloseBucketRequest message. Does not implicitly {@link lafs.storage.v1.CloseBucketRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.CloseBucketRequest
                 * @static
                 * @param {lafs.storage.v1.CloseBucketRequest.$Properties} message CloseBucketRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseBucketRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket"))
                        $root.lafs.storage.v1.BucketRef.encode(message.bucket, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CloseBucketRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.CloseBucketRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.CloseBucketRequest & lafs.storage.v1.CloseBucketRequest.$Shape} CloseBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseBucketRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.CloseBucketRequest();
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
                                message.bucket = $root.lafs.storage.v1.BucketRef.decode(reader, reader.size(), $undefined, _depth + 1, message.bucket);
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

                return CloseBucketRequest;
            })();

            v1.CloseBucketResult = (function() {

                /**
                 * Properties of a CloseBucketResult.
                 * @typedef {Object} lafs.storage.v1.CloseBucketResult.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CloseBucketResult.
                 * @memberof lafs.storage.v1
                 * @interface ICloseBucketResult
                 * @augments lafs.storage.v1.CloseBucketResult.$Properties
                 * @deprecated Use lafs.storage.v1.CloseBucketResult.$Properties instead.
                 */

                /**
                 * Shape of a CloseBucketResult.
                 * @typedef {lafs.storage.v1.CloseBucketResult.$Properties} lafs.storage.v1.CloseBucketResult.$Shape
                 */

                /**
                 * Constructs a new CloseBucketResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a CloseBucketResult.
                 * @constructor
                 * @param {lafs.storage.v1.CloseBucketResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CloseBucketResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new CloseBucketResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.CloseBucketResult
                 * @static
                 * @param {lafs.storage.v1.CloseBucketResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.CloseBucketResult} CloseBucketResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.CloseBucketResult.$Shape): lafs.storage.v1.CloseBucketResult & lafs.storage.v1.CloseBucketResult.$Shape;
                 *   (properties?: lafs.storage.v1.CloseBucketResult.$Properties): lafs.storage.v1.CloseBucketResult;
                 * }}
                 */
                CloseBucketResult.create = function(properties) {
                    return new CloseBucketResult(properties);
                };

                /**
                 * Encodes the specified CloseBucketResult message. Does not implicitly {@link lafs.storage.v1.CloseBucketResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.CloseBucketResult
                 * @static
                 * @param {lafs.storage.v1.CloseBucketResult.$Properties} message CloseBucketResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CloseBucketResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CloseBucketResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.CloseBucketResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.CloseBucketResult & lafs.storage.v1.CloseBucketResult.$Shape} CloseBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CloseBucketResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.CloseBucketResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return CloseBucketResult;
            })();

            v1.AbortBucketRequest = (function() {

                /**
                 * Properties of an AbortBucketRequest.
                 * @typedef {Object} lafs.storage.v1.AbortBucketRequest.$Properties
                 * @property {lafs.storage.v1.BucketRef.$Properties|null} [bucket] AbortBucketRequest bucket
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AbortBucketRequest.
                 * @memberof lafs.storage.v1
                 * @interface IAbortBucketRequest
                 * @augments lafs.storage.v1.AbortBucketRequest.$Properties
                 * @deprecated Use lafs.storage.v1.AbortBucketRequest.$Properties instead.
                 */

                /**
                 * Shape of an AbortBucketRequest.
                 * @typedef {lafs.storage.v1.AbortBucketRequest.$Properties} lafs.storage.v1.AbortBucketRequest.$Shape
                 */

                /**
                 * Constructs a new AbortBucketRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AbortBucketRequest.
                 * @constructor
                 * @param {lafs.storage.v1.AbortBucketRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AbortBucketRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AbortBucketRequest bucket.
                 * @member {lafs.storage.v1.BucketRef.$Properties|null|undefined} bucket
                 * @memberof lafs.storage.v1.AbortBucketRequest
                 * @instance
                 */
                AbortBucketRequest.prototype.bucket = null;

                /**
                 * Creates a new AbortBucketRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AbortBucketRequest
                 * @static
                 * @param {lafs.storage.v1.AbortBucketRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AbortBucketRequest} AbortBucketRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AbortBucketRequest.$Shape): lafs.storage.v1.AbortBucketRequest & lafs.storage.v1.AbortBucketRequest.$Shape;
                 *   (properties?: lafs.storage.v1.AbortBucketRequest.$Properties): lafs.storage.v1.AbortBucketRequest;
                 * }}
                 */
                AbortBucketRequest.create = function(properties) {
                    return new AbortBucketRequest(properties);
                };

                /**
                 * Encodes the specified AbortBucketRequest message. Does not implicitly {@link lafs.storage.v1.AbortBucketRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AbortBucketRequest
                 * @static
                 * @param {lafs.storage.v1.AbortBucketRequest.$Properties} message AbortBucketRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AbortBucketRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket"))
                        $root.lafs.storage.v1.BucketRef.encode(message.bucket, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AbortBucketRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AbortBucketRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AbortBucketRequest & lafs.storage.v1.AbortBucketRequest.$Shape} AbortBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AbortBucketRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.AbortBucketRequest();
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
                                message.bucket = $root.lafs.storage.v1.BucketRef.decode(reader, reader.size(), $undefined, _depth + 1, message.bucket);
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

                return AbortBucketRequest;
            })();

            v1.AbortBucketResult = (function() {

                /**
                 * Properties of an AbortBucketResult.
                 * @typedef {Object} lafs.storage.v1.AbortBucketResult.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AbortBucketResult.
                 * @memberof lafs.storage.v1
                 * @interface IAbortBucketResult
                 * @augments lafs.storage.v1.AbortBucketResult.$Properties
                 * @deprecated Use lafs.storage.v1.AbortBucketResult.$Properties instead.
                 */

                /**
                 * Shape of an AbortBucketResult.
                 * @typedef {lafs.storage.v1.AbortBucketResult.$Properties} lafs.storage.v1.AbortBucketResult.$Shape
                 */

                /**
                 * Constructs a new AbortBucketResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AbortBucketResult.
                 * @constructor
                 * @param {lafs.storage.v1.AbortBucketResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AbortBucketResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new AbortBucketResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AbortBucketResult
                 * @static
                 * @param {lafs.storage.v1.AbortBucketResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AbortBucketResult} AbortBucketResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AbortBucketResult.$Shape): lafs.storage.v1.AbortBucketResult & lafs.storage.v1.AbortBucketResult.$Shape;
                 *   (properties?: lafs.storage.v1.AbortBucketResult.$Properties): lafs.storage.v1.AbortBucketResult;
                 * }}
                 */
                AbortBucketResult.create = function(properties) {
                    return new AbortBucketResult(properties);
                };

                /**
                 * Encodes the specified AbortBucketResult message. Does not implicitly {@link lafs.storage.v1.AbortBucketResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AbortBucketResult
                 * @static
                 * @param {lafs.storage.v1.AbortBucketResult.$Properties} message AbortBucketResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AbortBucketResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AbortBucketResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AbortBucketResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AbortBucketResult & lafs.storage.v1.AbortBucketResult.$Shape} AbortBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AbortBucketResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.AbortBucketResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return AbortBucketResult;
            })();

            v1.ListBucketsRequest = (function() {

                /**
                 * Properties of a ListBucketsRequest.
                 * @typedef {Object} lafs.storage.v1.ListBucketsRequest.$Properties
                 * @property {Uint8Array|null} [storageIndex] ListBucketsRequest storageIndex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListBucketsRequest.
                 * @memberof lafs.storage.v1
                 * @interface IListBucketsRequest
                 * @augments lafs.storage.v1.ListBucketsRequest.$Properties
                 * @deprecated Use lafs.storage.v1.ListBucketsRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListBucketsRequest.
                 * @typedef {lafs.storage.v1.ListBucketsRequest.$Properties} lafs.storage.v1.ListBucketsRequest.$Shape
                 */

                /**
                 * Constructs a new ListBucketsRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a ListBucketsRequest.
                 * @constructor
                 * @param {lafs.storage.v1.ListBucketsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListBucketsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListBucketsRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.ListBucketsRequest
                 * @instance
                 */
                ListBucketsRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * Creates a new ListBucketsRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.ListBucketsRequest
                 * @static
                 * @param {lafs.storage.v1.ListBucketsRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.ListBucketsRequest} ListBucketsRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.ListBucketsRequest.$Shape): lafs.storage.v1.ListBucketsRequest & lafs.storage.v1.ListBucketsRequest.$Shape;
                 *   (properties?: lafs.storage.v1.ListBucketsRequest.$Properties): lafs.storage.v1.ListBucketsRequest;
                 * }}
                 */
                ListBucketsRequest.create = function(properties) {
                    return new ListBucketsRequest(properties);
                };

                /**
                 * Encodes the specified ListBucketsRequest message. Does not implicitly {@link lafs.storage.v1.ListBucketsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.ListBucketsRequest
                 * @static
                 * @param {lafs.storage.v1.ListBucketsRequest.$Properties} message ListBucketsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListBucketsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListBucketsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.ListBucketsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ListBucketsRequest & lafs.storage.v1.ListBucketsRequest.$Shape} ListBucketsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListBucketsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.ListBucketsRequest();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
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

                return ListBucketsRequest;
            })();

            v1.ListBucketsResult = (function() {

                /**
                 * Properties of a ListBucketsResult.
                 * @typedef {Object} lafs.storage.v1.ListBucketsResult.$Properties
                 * @property {Array.<number>|null} [shareNumbers] ListBucketsResult shareNumbers
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListBucketsResult.
                 * @memberof lafs.storage.v1
                 * @interface IListBucketsResult
                 * @augments lafs.storage.v1.ListBucketsResult.$Properties
                 * @deprecated Use lafs.storage.v1.ListBucketsResult.$Properties instead.
                 */

                /**
                 * Shape of a ListBucketsResult.
                 * @typedef {lafs.storage.v1.ListBucketsResult.$Properties} lafs.storage.v1.ListBucketsResult.$Shape
                 */

                /**
                 * Constructs a new ListBucketsResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a ListBucketsResult.
                 * @constructor
                 * @param {lafs.storage.v1.ListBucketsResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ListBucketsResult = function (properties) {
                    this.shareNumbers = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ListBucketsResult shareNumbers.
                 * @member {Array.<number>} shareNumbers
                 * @memberof lafs.storage.v1.ListBucketsResult
                 * @instance
                 */
                ListBucketsResult.prototype.shareNumbers = $util.emptyArray;

                /**
                 * Creates a new ListBucketsResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.ListBucketsResult
                 * @static
                 * @param {lafs.storage.v1.ListBucketsResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.ListBucketsResult} ListBucketsResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.ListBucketsResult.$Shape): lafs.storage.v1.ListBucketsResult & lafs.storage.v1.ListBucketsResult.$Shape;
                 *   (properties?: lafs.storage.v1.ListBucketsResult.$Properties): lafs.storage.v1.ListBucketsResult;
                 * }}
                 */
                ListBucketsResult.create = function(properties) {
                    return new ListBucketsResult(properties);
                };

                /**
                 * Encodes the specified ListBucketsResult message. Does not implicitly {@link lafs.storage.v1.ListBucketsResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.ListBucketsResult
                 * @static
                 * @param {lafs.storage.v1.ListBucketsResult.$Properties} message ListBucketsResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListBucketsResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shareNumbers != null && message.shareNumbers.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.shareNumbers);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ListBucketsResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.ListBucketsResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ListBucketsResult & lafs.storage.v1.ListBucketsResult.$Shape} ListBucketsResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListBucketsResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.ListBucketsResult();
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
                                if (wireType === 2) {
                                    if (!(message.shareNumbers && message.shareNumbers.length))
                                        message.shareNumbers = [];
                                    reader.uint32s(message.shareNumbers);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.shareNumbers && message.shareNumbers.length))
                                    message.shareNumbers = [];
                                message.shareNumbers.push(reader.uint32());
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

                return ListBucketsResult;
            })();

            v1.ReadBucketRequest = (function() {

                /**
                 * Properties of a ReadBucketRequest.
                 * @typedef {Object} lafs.storage.v1.ReadBucketRequest.$Properties
                 * @property {Uint8Array|null} [storageIndex] ReadBucketRequest storageIndex
                 * @property {number|null} [shareNumber] ReadBucketRequest shareNumber
                 * @property {number|null} [offset] ReadBucketRequest offset
                 * @property {number|null} [length] ReadBucketRequest length
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReadBucketRequest.
                 * @memberof lafs.storage.v1
                 * @interface IReadBucketRequest
                 * @augments lafs.storage.v1.ReadBucketRequest.$Properties
                 * @deprecated Use lafs.storage.v1.ReadBucketRequest.$Properties instead.
                 */

                /**
                 * Shape of a ReadBucketRequest.
                 * @typedef {lafs.storage.v1.ReadBucketRequest.$Properties} lafs.storage.v1.ReadBucketRequest.$Shape
                 */

                /**
                 * Constructs a new ReadBucketRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a ReadBucketRequest.
                 * @constructor
                 * @param {lafs.storage.v1.ReadBucketRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReadBucketRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReadBucketRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.ReadBucketRequest
                 * @instance
                 */
                ReadBucketRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * ReadBucketRequest shareNumber.
                 * @member {number} shareNumber
                 * @memberof lafs.storage.v1.ReadBucketRequest
                 * @instance
                 */
                ReadBucketRequest.prototype.shareNumber = 0;

                /**
                 * ReadBucketRequest offset.
                 * @member {number} offset
                 * @memberof lafs.storage.v1.ReadBucketRequest
                 * @instance
                 */
                ReadBucketRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReadBucketRequest length.
                 * @member {number} length
                 * @memberof lafs.storage.v1.ReadBucketRequest
                 * @instance
                 */
                ReadBucketRequest.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ReadBucketRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.ReadBucketRequest
                 * @static
                 * @param {lafs.storage.v1.ReadBucketRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.ReadBucketRequest} ReadBucketRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.ReadBucketRequest.$Shape): lafs.storage.v1.ReadBucketRequest & lafs.storage.v1.ReadBucketRequest.$Shape;
                 *   (properties?: lafs.storage.v1.ReadBucketRequest.$Properties): lafs.storage.v1.ReadBucketRequest;
                 * }}
                 */
                ReadBucketRequest.create = function(properties) {
                    return new ReadBucketRequest(properties);
                };

                /**
                 * Encodes the specified ReadBucketRequest message. Does not implicitly {@link lafs.storage.v1.ReadBucketRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.ReadBucketRequest
                 * @static
                 * @param {lafs.storage.v1.ReadBucketRequest.$Properties} message ReadBucketRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReadBucketRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.shareNumber != null && $Object.hasOwnProperty.call(message, "shareNumber") && message.shareNumber !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.shareNumber);
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.length);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReadBucketRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.ReadBucketRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ReadBucketRequest & lafs.storage.v1.ReadBucketRequest.$Shape} ReadBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReadBucketRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.ReadBucketRequest();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shareNumber = value;
                                else
                                    delete message.shareNumber;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.length = value;
                                else
                                    delete message.length;
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

                return ReadBucketRequest;
            })();

            v1.ReadBucketResult = (function() {

                /**
                 * Properties of a ReadBucketResult.
                 * @typedef {Object} lafs.storage.v1.ReadBucketResult.$Properties
                 * @property {Uint8Array|null} [data] ReadBucketResult data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReadBucketResult.
                 * @memberof lafs.storage.v1
                 * @interface IReadBucketResult
                 * @augments lafs.storage.v1.ReadBucketResult.$Properties
                 * @deprecated Use lafs.storage.v1.ReadBucketResult.$Properties instead.
                 */

                /**
                 * Shape of a ReadBucketResult.
                 * @typedef {lafs.storage.v1.ReadBucketResult.$Properties} lafs.storage.v1.ReadBucketResult.$Shape
                 */

                /**
                 * Constructs a new ReadBucketResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a ReadBucketResult.
                 * @constructor
                 * @param {lafs.storage.v1.ReadBucketResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReadBucketResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReadBucketResult data.
                 * @member {Uint8Array} data
                 * @memberof lafs.storage.v1.ReadBucketResult
                 * @instance
                 */
                ReadBucketResult.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new ReadBucketResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.ReadBucketResult
                 * @static
                 * @param {lafs.storage.v1.ReadBucketResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.ReadBucketResult} ReadBucketResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.ReadBucketResult.$Shape): lafs.storage.v1.ReadBucketResult & lafs.storage.v1.ReadBucketResult.$Shape;
                 *   (properties?: lafs.storage.v1.ReadBucketResult.$Properties): lafs.storage.v1.ReadBucketResult;
                 * }}
                 */
                ReadBucketResult.create = function(properties) {
                    return new ReadBucketResult(properties);
                };

                /**
                 * Encodes the specified ReadBucketResult message. Does not implicitly {@link lafs.storage.v1.ReadBucketResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.ReadBucketResult
                 * @static
                 * @param {lafs.storage.v1.ReadBucketResult.$Properties} message ReadBucketResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReadBucketResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReadBucketResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.ReadBucketResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ReadBucketResult & lafs.storage.v1.ReadBucketResult.$Shape} ReadBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReadBucketResult.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.ReadBucketResult();
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
                                    message.data = value;
                                else
                                    delete message.data;
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

                return ReadBucketResult;
            })();

            v1.ReadVector = (function() {

                /**
                 * Properties of a ReadVector.
                 * @typedef {Object} lafs.storage.v1.ReadVector.$Properties
                 * @property {number|null} [offset] ReadVector offset
                 * @property {number|null} [length] ReadVector length
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReadVector.
                 * @memberof lafs.storage.v1
                 * @interface IReadVector
                 * @augments lafs.storage.v1.ReadVector.$Properties
                 * @deprecated Use lafs.storage.v1.ReadVector.$Properties instead.
                 */

                /**
                 * Shape of a ReadVector.
                 * @typedef {lafs.storage.v1.ReadVector.$Properties} lafs.storage.v1.ReadVector.$Shape
                 */

                /**
                 * Constructs a new ReadVector.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a ReadVector.
                 * @constructor
                 * @param {lafs.storage.v1.ReadVector.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReadVector = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReadVector offset.
                 * @member {number} offset
                 * @memberof lafs.storage.v1.ReadVector
                 * @instance
                 */
                ReadVector.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ReadVector length.
                 * @member {number} length
                 * @memberof lafs.storage.v1.ReadVector
                 * @instance
                 */
                ReadVector.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ReadVector instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.ReadVector
                 * @static
                 * @param {lafs.storage.v1.ReadVector.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.ReadVector} ReadVector instance
                 * @type {{
                 *   (properties: lafs.storage.v1.ReadVector.$Shape): lafs.storage.v1.ReadVector & lafs.storage.v1.ReadVector.$Shape;
                 *   (properties?: lafs.storage.v1.ReadVector.$Properties): lafs.storage.v1.ReadVector;
                 * }}
                 */
                ReadVector.create = function(properties) {
                    return new ReadVector(properties);
                };

                /**
                 * Encodes the specified ReadVector message. Does not implicitly {@link lafs.storage.v1.ReadVector.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.ReadVector
                 * @static
                 * @param {lafs.storage.v1.ReadVector.$Properties} message ReadVector message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReadVector.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.length);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReadVector message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.ReadVector
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ReadVector & lafs.storage.v1.ReadVector.$Shape} ReadVector
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReadVector.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.ReadVector();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.length = value;
                                else
                                    delete message.length;
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

                return ReadVector;
            })();

            v1.TestVector = (function() {

                /**
                 * Properties of a TestVector.
                 * @typedef {Object} lafs.storage.v1.TestVector.$Properties
                 * @property {number|null} [offset] TestVector offset
                 * @property {number|null} [length] TestVector length
                 * @property {Uint8Array|null} [specimen] TestVector specimen
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TestVector.
                 * @memberof lafs.storage.v1
                 * @interface ITestVector
                 * @augments lafs.storage.v1.TestVector.$Properties
                 * @deprecated Use lafs.storage.v1.TestVector.$Properties instead.
                 */

                /**
                 * Shape of a TestVector.
                 * @typedef {lafs.storage.v1.TestVector.$Properties} lafs.storage.v1.TestVector.$Shape
                 */

                /**
                 * Constructs a new TestVector.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a TestVector.
                 * @constructor
                 * @param {lafs.storage.v1.TestVector.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TestVector = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TestVector offset.
                 * @member {number} offset
                 * @memberof lafs.storage.v1.TestVector
                 * @instance
                 */
                TestVector.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TestVector length.
                 * @member {number} length
                 * @memberof lafs.storage.v1.TestVector
                 * @instance
                 */
                TestVector.prototype.length = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TestVector specimen.
                 * @member {Uint8Array} specimen
                 * @memberof lafs.storage.v1.TestVector
                 * @instance
                 */
                TestVector.prototype.specimen = $util.newBuffer([]);

                /**
                 * Creates a new TestVector instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.TestVector
                 * @static
                 * @param {lafs.storage.v1.TestVector.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.TestVector} TestVector instance
                 * @type {{
                 *   (properties: lafs.storage.v1.TestVector.$Shape): lafs.storage.v1.TestVector & lafs.storage.v1.TestVector.$Shape;
                 *   (properties?: lafs.storage.v1.TestVector.$Properties): lafs.storage.v1.TestVector;
                 * }}
                 */
                TestVector.create = function(properties) {
                    return new TestVector(properties);
                };

                /**
                 * Encodes the specified TestVector message. Does not implicitly {@link lafs.storage.v1.TestVector.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.TestVector
                 * @static
                 * @param {lafs.storage.v1.TestVector.$Properties} message TestVector message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TestVector.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
                    if (message.length != null && $Object.hasOwnProperty.call(message, "length") && (typeof message.length === "object" ? message.length.low || message.length.high : message.length !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.length);
                    if (message.specimen != null && $Object.hasOwnProperty.call(message, "specimen") && message.specimen.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.specimen);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TestVector message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.TestVector
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.TestVector & lafs.storage.v1.TestVector.$Shape} TestVector
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TestVector.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.TestVector();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.length = value;
                                else
                                    delete message.length;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.specimen = value;
                                else
                                    delete message.specimen;
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

                return TestVector;
            })();

            v1.WriteVector = (function() {

                /**
                 * Properties of a WriteVector.
                 * @typedef {Object} lafs.storage.v1.WriteVector.$Properties
                 * @property {number|null} [offset] WriteVector offset
                 * @property {Uint8Array|null} [data] WriteVector data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WriteVector.
                 * @memberof lafs.storage.v1
                 * @interface IWriteVector
                 * @augments lafs.storage.v1.WriteVector.$Properties
                 * @deprecated Use lafs.storage.v1.WriteVector.$Properties instead.
                 */

                /**
                 * Shape of a WriteVector.
                 * @typedef {lafs.storage.v1.WriteVector.$Properties} lafs.storage.v1.WriteVector.$Shape
                 */

                /**
                 * Constructs a new WriteVector.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a WriteVector.
                 * @constructor
                 * @param {lafs.storage.v1.WriteVector.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WriteVector = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WriteVector offset.
                 * @member {number} offset
                 * @memberof lafs.storage.v1.WriteVector
                 * @instance
                 */
                WriteVector.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * WriteVector data.
                 * @member {Uint8Array} data
                 * @memberof lafs.storage.v1.WriteVector
                 * @instance
                 */
                WriteVector.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new WriteVector instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.WriteVector
                 * @static
                 * @param {lafs.storage.v1.WriteVector.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.WriteVector} WriteVector instance
                 * @type {{
                 *   (properties: lafs.storage.v1.WriteVector.$Shape): lafs.storage.v1.WriteVector & lafs.storage.v1.WriteVector.$Shape;
                 *   (properties?: lafs.storage.v1.WriteVector.$Properties): lafs.storage.v1.WriteVector;
                 * }}
                 */
                WriteVector.create = function(properties) {
                    return new WriteVector(properties);
                };

                /**
                 * Encodes the specified WriteVector message. Does not implicitly {@link lafs.storage.v1.WriteVector.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.WriteVector
                 * @static
                 * @param {lafs.storage.v1.WriteVector.$Properties} message WriteVector message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WriteVector.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WriteVector message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.WriteVector
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.WriteVector & lafs.storage.v1.WriteVector.$Shape} WriteVector
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WriteVector.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.WriteVector();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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

                return WriteVector;
            })();

            v1.ShareReadData = (function() {

                /**
                 * Properties of a ShareReadData.
                 * @typedef {Object} lafs.storage.v1.ShareReadData.$Properties
                 * @property {number|null} [shareNumber] ShareReadData shareNumber
                 * @property {Array.<Uint8Array>|null} [data] ShareReadData data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShareReadData.
                 * @memberof lafs.storage.v1
                 * @interface IShareReadData
                 * @augments lafs.storage.v1.ShareReadData.$Properties
                 * @deprecated Use lafs.storage.v1.ShareReadData.$Properties instead.
                 */

                /**
                 * Shape of a ShareReadData.
                 * @typedef {lafs.storage.v1.ShareReadData.$Properties} lafs.storage.v1.ShareReadData.$Shape
                 */

                /**
                 * Constructs a new ShareReadData.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a ShareReadData.
                 * @constructor
                 * @param {lafs.storage.v1.ShareReadData.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ShareReadData = function (properties) {
                    this.data = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ShareReadData shareNumber.
                 * @member {number} shareNumber
                 * @memberof lafs.storage.v1.ShareReadData
                 * @instance
                 */
                ShareReadData.prototype.shareNumber = 0;

                /**
                 * ShareReadData data.
                 * @member {Array.<Uint8Array>} data
                 * @memberof lafs.storage.v1.ShareReadData
                 * @instance
                 */
                ShareReadData.prototype.data = $util.emptyArray;

                /**
                 * Creates a new ShareReadData instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.ShareReadData
                 * @static
                 * @param {lafs.storage.v1.ShareReadData.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.ShareReadData} ShareReadData instance
                 * @type {{
                 *   (properties: lafs.storage.v1.ShareReadData.$Shape): lafs.storage.v1.ShareReadData & lafs.storage.v1.ShareReadData.$Shape;
                 *   (properties?: lafs.storage.v1.ShareReadData.$Properties): lafs.storage.v1.ShareReadData;
                 * }}
                 */
                ShareReadData.create = function(properties) {
                    return new ShareReadData(properties);
                };

                /**
                 * Encodes the specified ShareReadData message. Does not implicitly {@link lafs.storage.v1.ShareReadData.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.ShareReadData
                 * @static
                 * @param {lafs.storage.v1.ShareReadData.$Properties} message ShareReadData message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShareReadData.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shareNumber != null && $Object.hasOwnProperty.call(message, "shareNumber") && message.shareNumber !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shareNumber);
                    if (message.data != null && message.data.length)
                        for (let i = 0; i < message.data.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ShareReadData message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.ShareReadData
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ShareReadData & lafs.storage.v1.ShareReadData.$Shape} ShareReadData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShareReadData.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.ShareReadData();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shareNumber = value;
                                else
                                    delete message.shareNumber;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.data && message.data.length))
                                    message.data = [];
                                message.data.push(reader.bytes());
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

                return ShareReadData;
            })();

            v1.SlotReadvRequest = (function() {

                /**
                 * Properties of a SlotReadvRequest.
                 * @typedef {Object} lafs.storage.v1.SlotReadvRequest.$Properties
                 * @property {Uint8Array|null} [storageIndex] SlotReadvRequest storageIndex
                 * @property {Array.<number>|null} [shareNumbers] SlotReadvRequest shareNumbers
                 * @property {Array.<lafs.storage.v1.ReadVector.$Properties>|null} [readVector] SlotReadvRequest readVector
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SlotReadvRequest.
                 * @memberof lafs.storage.v1
                 * @interface ISlotReadvRequest
                 * @augments lafs.storage.v1.SlotReadvRequest.$Properties
                 * @deprecated Use lafs.storage.v1.SlotReadvRequest.$Properties instead.
                 */

                /**
                 * Shape of a SlotReadvRequest.
                 * @typedef {lafs.storage.v1.SlotReadvRequest.$Properties} lafs.storage.v1.SlotReadvRequest.$Shape
                 */

                /**
                 * Constructs a new SlotReadvRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a SlotReadvRequest.
                 * @constructor
                 * @param {lafs.storage.v1.SlotReadvRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SlotReadvRequest = function (properties) {
                    this.shareNumbers = [];
                    this.readVector = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SlotReadvRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.SlotReadvRequest
                 * @instance
                 */
                SlotReadvRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * SlotReadvRequest shareNumbers.
                 * @member {Array.<number>} shareNumbers
                 * @memberof lafs.storage.v1.SlotReadvRequest
                 * @instance
                 */
                SlotReadvRequest.prototype.shareNumbers = $util.emptyArray;

                /**
                 * SlotReadvRequest readVector.
                 * @member {Array.<lafs.storage.v1.ReadVector.$Properties>} readVector
                 * @memberof lafs.storage.v1.SlotReadvRequest
                 * @instance
                 */
                SlotReadvRequest.prototype.readVector = $util.emptyArray;

                /**
                 * Creates a new SlotReadvRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.SlotReadvRequest
                 * @static
                 * @param {lafs.storage.v1.SlotReadvRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.SlotReadvRequest} SlotReadvRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.SlotReadvRequest.$Shape): lafs.storage.v1.SlotReadvRequest & lafs.storage.v1.SlotReadvRequest.$Shape;
                 *   (properties?: lafs.storage.v1.SlotReadvRequest.$Properties): lafs.storage.v1.SlotReadvRequest;
                 * }}
                 */
                SlotReadvRequest.create = function(properties) {
                    return new SlotReadvRequest(properties);
                };

                /**
                 * Encodes the specified SlotReadvRequest message. Does not implicitly {@link lafs.storage.v1.SlotReadvRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.SlotReadvRequest
                 * @static
                 * @param {lafs.storage.v1.SlotReadvRequest.$Properties} message SlotReadvRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SlotReadvRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.shareNumbers != null && message.shareNumbers.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.shareNumbers);
                    if (message.readVector != null && message.readVector.length)
                        for (let i = 0; i < message.readVector.length; ++i)
                            $root.lafs.storage.v1.ReadVector.encode(message.readVector[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SlotReadvRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.SlotReadvRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotReadvRequest & lafs.storage.v1.SlotReadvRequest.$Shape} SlotReadvRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SlotReadvRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.SlotReadvRequest();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.shareNumbers && message.shareNumbers.length))
                                        message.shareNumbers = [];
                                    reader.uint32s(message.shareNumbers);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.shareNumbers && message.shareNumbers.length))
                                    message.shareNumbers = [];
                                message.shareNumbers.push(reader.uint32());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.readVector && message.readVector.length))
                                    message.readVector = [];
                                message.readVector.push($root.lafs.storage.v1.ReadVector.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return SlotReadvRequest;
            })();

            v1.SlotReadvResult = (function() {

                /**
                 * Properties of a SlotReadvResult.
                 * @typedef {Object} lafs.storage.v1.SlotReadvResult.$Properties
                 * @property {Array.<lafs.storage.v1.ShareReadData.$Properties>|null} [shares] SlotReadvResult shares
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SlotReadvResult.
                 * @memberof lafs.storage.v1
                 * @interface ISlotReadvResult
                 * @augments lafs.storage.v1.SlotReadvResult.$Properties
                 * @deprecated Use lafs.storage.v1.SlotReadvResult.$Properties instead.
                 */

                /**
                 * Shape of a SlotReadvResult.
                 * @typedef {lafs.storage.v1.SlotReadvResult.$Properties} lafs.storage.v1.SlotReadvResult.$Shape
                 */

                /**
                 * Constructs a new SlotReadvResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a SlotReadvResult.
                 * @constructor
                 * @param {lafs.storage.v1.SlotReadvResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SlotReadvResult = function (properties) {
                    this.shares = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SlotReadvResult shares.
                 * @member {Array.<lafs.storage.v1.ShareReadData.$Properties>} shares
                 * @memberof lafs.storage.v1.SlotReadvResult
                 * @instance
                 */
                SlotReadvResult.prototype.shares = $util.emptyArray;

                /**
                 * Creates a new SlotReadvResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.SlotReadvResult
                 * @static
                 * @param {lafs.storage.v1.SlotReadvResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.SlotReadvResult} SlotReadvResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.SlotReadvResult.$Shape): lafs.storage.v1.SlotReadvResult & lafs.storage.v1.SlotReadvResult.$Shape;
                 *   (properties?: lafs.storage.v1.SlotReadvResult.$Properties): lafs.storage.v1.SlotReadvResult;
                 * }}
                 */
                SlotReadvResult.create = function(properties) {
                    return new SlotReadvResult(properties);
                };

                /**
                 * Encodes the specified SlotReadvResult message. Does not implicitly {@link lafs.storage.v1.SlotReadvResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.SlotReadvResult
                 * @static
                 * @param {lafs.storage.v1.SlotReadvResult.$Properties} message SlotReadvResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SlotReadvResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shares != null && message.shares.length)
                        for (let i = 0; i < message.shares.length; ++i)
                            $root.lafs.storage.v1.ShareReadData.encode(message.shares[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SlotReadvResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.SlotReadvResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotReadvResult & lafs.storage.v1.SlotReadvResult.$Shape} SlotReadvResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SlotReadvResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.SlotReadvResult();
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
                                if (!(message.shares && message.shares.length))
                                    message.shares = [];
                                message.shares.push($root.lafs.storage.v1.ShareReadData.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return SlotReadvResult;
            })();

            v1.ShareTestAndWrite = (function() {

                /**
                 * Properties of a ShareTestAndWrite.
                 * @typedef {Object} lafs.storage.v1.ShareTestAndWrite.$Properties
                 * @property {number|null} [shareNumber] ShareTestAndWrite shareNumber
                 * @property {Array.<lafs.storage.v1.TestVector.$Properties>|null} [test] ShareTestAndWrite test
                 * @property {Array.<lafs.storage.v1.WriteVector.$Properties>|null} [write] ShareTestAndWrite write
                 * @property {number|null} [newLength] ShareTestAndWrite newLength
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShareTestAndWrite.
                 * @memberof lafs.storage.v1
                 * @interface IShareTestAndWrite
                 * @augments lafs.storage.v1.ShareTestAndWrite.$Properties
                 * @deprecated Use lafs.storage.v1.ShareTestAndWrite.$Properties instead.
                 */

                /**
                 * Shape of a ShareTestAndWrite.
                 * @typedef {lafs.storage.v1.ShareTestAndWrite.$Properties} lafs.storage.v1.ShareTestAndWrite.$Shape
                 */

                /**
                 * Constructs a new ShareTestAndWrite.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a ShareTestAndWrite.
                 * @constructor
                 * @param {lafs.storage.v1.ShareTestAndWrite.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ShareTestAndWrite = function (properties) {
                    this.test = [];
                    this.write = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ShareTestAndWrite shareNumber.
                 * @member {number} shareNumber
                 * @memberof lafs.storage.v1.ShareTestAndWrite
                 * @instance
                 */
                ShareTestAndWrite.prototype.shareNumber = 0;

                /**
                 * ShareTestAndWrite test.
                 * @member {Array.<lafs.storage.v1.TestVector.$Properties>} test
                 * @memberof lafs.storage.v1.ShareTestAndWrite
                 * @instance
                 */
                ShareTestAndWrite.prototype.test = $util.emptyArray;

                /**
                 * ShareTestAndWrite write.
                 * @member {Array.<lafs.storage.v1.WriteVector.$Properties>} write
                 * @memberof lafs.storage.v1.ShareTestAndWrite
                 * @instance
                 */
                ShareTestAndWrite.prototype.write = $util.emptyArray;

                /**
                 * ShareTestAndWrite newLength.
                 * @member {number|null|undefined} newLength
                 * @memberof lafs.storage.v1.ShareTestAndWrite
                 * @instance
                 */
                ShareTestAndWrite.prototype.newLength = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ShareTestAndWrite.prototype, "_newLength", {
                    get: $util.oneOfGetter($oneOfFields = ["newLength"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ShareTestAndWrite instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.ShareTestAndWrite
                 * @static
                 * @param {lafs.storage.v1.ShareTestAndWrite.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.ShareTestAndWrite} ShareTestAndWrite instance
                 * @type {{
                 *   (properties: lafs.storage.v1.ShareTestAndWrite.$Shape): lafs.storage.v1.ShareTestAndWrite & lafs.storage.v1.ShareTestAndWrite.$Shape;
                 *   (properties?: lafs.storage.v1.ShareTestAndWrite.$Properties): lafs.storage.v1.ShareTestAndWrite;
                 * }}
                 */
                ShareTestAndWrite.create = function(properties) {
                    return new ShareTestAndWrite(properties);
                };

                /**
                 * Encodes the specified ShareTestAndWrite message. Does not implicitly {@link lafs.storage.v1.ShareTestAndWrite.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.ShareTestAndWrite
                 * @static
                 * @param {lafs.storage.v1.ShareTestAndWrite.$Properties} message ShareTestAndWrite message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShareTestAndWrite.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shareNumber != null && $Object.hasOwnProperty.call(message, "shareNumber") && message.shareNumber !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shareNumber);
                    if (message.test != null && message.test.length)
                        for (let i = 0; i < message.test.length; ++i)
                            $root.lafs.storage.v1.TestVector.encode(message.test[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.write != null && message.write.length)
                        for (let i = 0; i < message.write.length; ++i)
                            $root.lafs.storage.v1.WriteVector.encode(message.write[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.newLength != null && $Object.hasOwnProperty.call(message, "newLength"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.newLength);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ShareTestAndWrite message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.ShareTestAndWrite
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ShareTestAndWrite & lafs.storage.v1.ShareTestAndWrite.$Shape} ShareTestAndWrite
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShareTestAndWrite.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.ShareTestAndWrite();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shareNumber = value;
                                else
                                    delete message.shareNumber;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.test && message.test.length))
                                    message.test = [];
                                message.test.push($root.lafs.storage.v1.TestVector.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.write && message.write.length))
                                    message.write = [];
                                message.write.push($root.lafs.storage.v1.WriteVector.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.newLength = reader.uint64();
                                message._newLength = "newLength";
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

                return ShareTestAndWrite;
            })();

            v1.SlotTestvAndReadvAndWritevRequest = (function() {

                /**
                 * Properties of a SlotTestvAndReadvAndWritevRequest.
                 * @typedef {Object} lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties
                 * @property {Uint8Array|null} [storageIndex] SlotTestvAndReadvAndWritevRequest storageIndex
                 * @property {Uint8Array|null} [writeEnabler] SlotTestvAndReadvAndWritevRequest writeEnabler
                 * @property {Uint8Array|null} [renewSecret] SlotTestvAndReadvAndWritevRequest renewSecret
                 * @property {Uint8Array|null} [cancelSecret] SlotTestvAndReadvAndWritevRequest cancelSecret
                 * @property {Array.<lafs.storage.v1.ShareTestAndWrite.$Properties>|null} [testAndWrite] SlotTestvAndReadvAndWritevRequest testAndWrite
                 * @property {Array.<lafs.storage.v1.ReadVector.$Properties>|null} [readVector] SlotTestvAndReadvAndWritevRequest readVector
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SlotTestvAndReadvAndWritevRequest.
                 * @memberof lafs.storage.v1
                 * @interface ISlotTestvAndReadvAndWritevRequest
                 * @augments lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties
                 * @deprecated Use lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties instead.
                 */

                /**
                 * Shape of a SlotTestvAndReadvAndWritevRequest.
                 * @typedef {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties} lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape
                 */

                /**
                 * Constructs a new SlotTestvAndReadvAndWritevRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a SlotTestvAndReadvAndWritevRequest.
                 * @constructor
                 * @param {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SlotTestvAndReadvAndWritevRequest = function (properties) {
                    this.testAndWrite = [];
                    this.readVector = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SlotTestvAndReadvAndWritevRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @instance
                 */
                SlotTestvAndReadvAndWritevRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * SlotTestvAndReadvAndWritevRequest writeEnabler.
                 * @member {Uint8Array} writeEnabler
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @instance
                 */
                SlotTestvAndReadvAndWritevRequest.prototype.writeEnabler = $util.newBuffer([]);

                /**
                 * SlotTestvAndReadvAndWritevRequest renewSecret.
                 * @member {Uint8Array} renewSecret
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @instance
                 */
                SlotTestvAndReadvAndWritevRequest.prototype.renewSecret = $util.newBuffer([]);

                /**
                 * SlotTestvAndReadvAndWritevRequest cancelSecret.
                 * @member {Uint8Array} cancelSecret
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @instance
                 */
                SlotTestvAndReadvAndWritevRequest.prototype.cancelSecret = $util.newBuffer([]);

                /**
                 * SlotTestvAndReadvAndWritevRequest testAndWrite.
                 * @member {Array.<lafs.storage.v1.ShareTestAndWrite.$Properties>} testAndWrite
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @instance
                 */
                SlotTestvAndReadvAndWritevRequest.prototype.testAndWrite = $util.emptyArray;

                /**
                 * SlotTestvAndReadvAndWritevRequest readVector.
                 * @member {Array.<lafs.storage.v1.ReadVector.$Properties>} readVector
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @instance
                 */
                SlotTestvAndReadvAndWritevRequest.prototype.readVector = $util.emptyArray;

                /**
                 * Creates a new SlotTestvAndReadvAndWritevRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @static
                 * @param {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest} SlotTestvAndReadvAndWritevRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape): lafs.storage.v1.SlotTestvAndReadvAndWritevRequest & lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape;
                 *   (properties?: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties): lafs.storage.v1.SlotTestvAndReadvAndWritevRequest;
                 * }}
                 */
                SlotTestvAndReadvAndWritevRequest.create = function(properties) {
                    return new SlotTestvAndReadvAndWritevRequest(properties);
                };

                /**
                 * Encodes the specified SlotTestvAndReadvAndWritevRequest message. Does not implicitly {@link lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @static
                 * @param {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties} message SlotTestvAndReadvAndWritevRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SlotTestvAndReadvAndWritevRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.writeEnabler != null && $Object.hasOwnProperty.call(message, "writeEnabler") && message.writeEnabler.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.writeEnabler);
                    if (message.renewSecret != null && $Object.hasOwnProperty.call(message, "renewSecret") && message.renewSecret.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.renewSecret);
                    if (message.cancelSecret != null && $Object.hasOwnProperty.call(message, "cancelSecret") && message.cancelSecret.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.cancelSecret);
                    if (message.testAndWrite != null && message.testAndWrite.length)
                        for (let i = 0; i < message.testAndWrite.length; ++i)
                            $root.lafs.storage.v1.ShareTestAndWrite.encode(message.testAndWrite[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.readVector != null && message.readVector.length)
                        for (let i = 0; i < message.readVector.length; ++i)
                            $root.lafs.storage.v1.ReadVector.encode(message.readVector[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SlotTestvAndReadvAndWritevRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest & lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape} SlotTestvAndReadvAndWritevRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SlotTestvAndReadvAndWritevRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.SlotTestvAndReadvAndWritevRequest();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.writeEnabler = value;
                                else
                                    delete message.writeEnabler;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.renewSecret = value;
                                else
                                    delete message.renewSecret;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.cancelSecret = value;
                                else
                                    delete message.cancelSecret;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.testAndWrite && message.testAndWrite.length))
                                    message.testAndWrite = [];
                                message.testAndWrite.push($root.lafs.storage.v1.ShareTestAndWrite.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.readVector && message.readVector.length))
                                    message.readVector = [];
                                message.readVector.push($root.lafs.storage.v1.ReadVector.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return SlotTestvAndReadvAndWritevRequest;
            })();

            v1.SlotTestvAndReadvAndWritevResult = (function() {

                /**
                 * Properties of a SlotTestvAndReadvAndWritevResult.
                 * @typedef {Object} lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties
                 * @property {boolean|null} [success] SlotTestvAndReadvAndWritevResult success
                 * @property {Array.<lafs.storage.v1.ShareReadData.$Properties>|null} [shares] SlotTestvAndReadvAndWritevResult shares
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SlotTestvAndReadvAndWritevResult.
                 * @memberof lafs.storage.v1
                 * @interface ISlotTestvAndReadvAndWritevResult
                 * @augments lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties
                 * @deprecated Use lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties instead.
                 */

                /**
                 * Shape of a SlotTestvAndReadvAndWritevResult.
                 * @typedef {lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties} lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape
                 */

                /**
                 * Constructs a new SlotTestvAndReadvAndWritevResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a SlotTestvAndReadvAndWritevResult.
                 * @constructor
                 * @param {lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SlotTestvAndReadvAndWritevResult = function (properties) {
                    this.shares = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SlotTestvAndReadvAndWritevResult success.
                 * @member {boolean} success
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevResult
                 * @instance
                 */
                SlotTestvAndReadvAndWritevResult.prototype.success = false;

                /**
                 * SlotTestvAndReadvAndWritevResult shares.
                 * @member {Array.<lafs.storage.v1.ShareReadData.$Properties>} shares
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevResult
                 * @instance
                 */
                SlotTestvAndReadvAndWritevResult.prototype.shares = $util.emptyArray;

                /**
                 * Creates a new SlotTestvAndReadvAndWritevResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevResult
                 * @static
                 * @param {lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.SlotTestvAndReadvAndWritevResult} SlotTestvAndReadvAndWritevResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape): lafs.storage.v1.SlotTestvAndReadvAndWritevResult & lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape;
                 *   (properties?: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties): lafs.storage.v1.SlotTestvAndReadvAndWritevResult;
                 * }}
                 */
                SlotTestvAndReadvAndWritevResult.create = function(properties) {
                    return new SlotTestvAndReadvAndWritevResult(properties);
                };

                /**
                 * Encodes the specified SlotTestvAndReadvAndWritevResult message. Does not implicitly {@link lafs.storage.v1.SlotTestvAndReadvAndWritevResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevResult
                 * @static
                 * @param {lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties} message SlotTestvAndReadvAndWritevResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SlotTestvAndReadvAndWritevResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                    if (message.shares != null && message.shares.length)
                        for (let i = 0; i < message.shares.length; ++i)
                            $root.lafs.storage.v1.ShareReadData.encode(message.shares[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SlotTestvAndReadvAndWritevResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.SlotTestvAndReadvAndWritevResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotTestvAndReadvAndWritevResult & lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape} SlotTestvAndReadvAndWritevResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SlotTestvAndReadvAndWritevResult.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.SlotTestvAndReadvAndWritevResult();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.success = value;
                                else
                                    delete message.success;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.shares && message.shares.length))
                                    message.shares = [];
                                message.shares.push($root.lafs.storage.v1.ShareReadData.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return SlotTestvAndReadvAndWritevResult;
            })();

            v1.AddLeaseRequest = (function() {

                /**
                 * Properties of an AddLeaseRequest.
                 * @typedef {Object} lafs.storage.v1.AddLeaseRequest.$Properties
                 * @property {Uint8Array|null} [storageIndex] AddLeaseRequest storageIndex
                 * @property {Uint8Array|null} [renewSecret] AddLeaseRequest renewSecret
                 * @property {Uint8Array|null} [cancelSecret] AddLeaseRequest cancelSecret
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddLeaseRequest.
                 * @memberof lafs.storage.v1
                 * @interface IAddLeaseRequest
                 * @augments lafs.storage.v1.AddLeaseRequest.$Properties
                 * @deprecated Use lafs.storage.v1.AddLeaseRequest.$Properties instead.
                 */

                /**
                 * Shape of an AddLeaseRequest.
                 * @typedef {lafs.storage.v1.AddLeaseRequest.$Properties} lafs.storage.v1.AddLeaseRequest.$Shape
                 */

                /**
                 * Constructs a new AddLeaseRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AddLeaseRequest.
                 * @constructor
                 * @param {lafs.storage.v1.AddLeaseRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddLeaseRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AddLeaseRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.AddLeaseRequest
                 * @instance
                 */
                AddLeaseRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * AddLeaseRequest renewSecret.
                 * @member {Uint8Array} renewSecret
                 * @memberof lafs.storage.v1.AddLeaseRequest
                 * @instance
                 */
                AddLeaseRequest.prototype.renewSecret = $util.newBuffer([]);

                /**
                 * AddLeaseRequest cancelSecret.
                 * @member {Uint8Array} cancelSecret
                 * @memberof lafs.storage.v1.AddLeaseRequest
                 * @instance
                 */
                AddLeaseRequest.prototype.cancelSecret = $util.newBuffer([]);

                /**
                 * Creates a new AddLeaseRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AddLeaseRequest
                 * @static
                 * @param {lafs.storage.v1.AddLeaseRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AddLeaseRequest} AddLeaseRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AddLeaseRequest.$Shape): lafs.storage.v1.AddLeaseRequest & lafs.storage.v1.AddLeaseRequest.$Shape;
                 *   (properties?: lafs.storage.v1.AddLeaseRequest.$Properties): lafs.storage.v1.AddLeaseRequest;
                 * }}
                 */
                AddLeaseRequest.create = function(properties) {
                    return new AddLeaseRequest(properties);
                };

                /**
                 * Encodes the specified AddLeaseRequest message. Does not implicitly {@link lafs.storage.v1.AddLeaseRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AddLeaseRequest
                 * @static
                 * @param {lafs.storage.v1.AddLeaseRequest.$Properties} message AddLeaseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddLeaseRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.renewSecret != null && $Object.hasOwnProperty.call(message, "renewSecret") && message.renewSecret.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.renewSecret);
                    if (message.cancelSecret != null && $Object.hasOwnProperty.call(message, "cancelSecret") && message.cancelSecret.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.cancelSecret);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AddLeaseRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AddLeaseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AddLeaseRequest & lafs.storage.v1.AddLeaseRequest.$Shape} AddLeaseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddLeaseRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.AddLeaseRequest();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.renewSecret = value;
                                else
                                    delete message.renewSecret;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.cancelSecret = value;
                                else
                                    delete message.cancelSecret;
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

                return AddLeaseRequest;
            })();

            v1.AddLeaseResult = (function() {

                /**
                 * Properties of an AddLeaseResult.
                 * @typedef {Object} lafs.storage.v1.AddLeaseResult.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AddLeaseResult.
                 * @memberof lafs.storage.v1
                 * @interface IAddLeaseResult
                 * @augments lafs.storage.v1.AddLeaseResult.$Properties
                 * @deprecated Use lafs.storage.v1.AddLeaseResult.$Properties instead.
                 */

                /**
                 * Shape of an AddLeaseResult.
                 * @typedef {lafs.storage.v1.AddLeaseResult.$Properties} lafs.storage.v1.AddLeaseResult.$Shape
                 */

                /**
                 * Constructs a new AddLeaseResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AddLeaseResult.
                 * @constructor
                 * @param {lafs.storage.v1.AddLeaseResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AddLeaseResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new AddLeaseResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AddLeaseResult
                 * @static
                 * @param {lafs.storage.v1.AddLeaseResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AddLeaseResult} AddLeaseResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AddLeaseResult.$Shape): lafs.storage.v1.AddLeaseResult & lafs.storage.v1.AddLeaseResult.$Shape;
                 *   (properties?: lafs.storage.v1.AddLeaseResult.$Properties): lafs.storage.v1.AddLeaseResult;
                 * }}
                 */
                AddLeaseResult.create = function(properties) {
                    return new AddLeaseResult(properties);
                };

                /**
                 * Encodes the specified AddLeaseResult message. Does not implicitly {@link lafs.storage.v1.AddLeaseResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AddLeaseResult
                 * @static
                 * @param {lafs.storage.v1.AddLeaseResult.$Properties} message AddLeaseResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AddLeaseResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AddLeaseResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AddLeaseResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AddLeaseResult & lafs.storage.v1.AddLeaseResult.$Shape} AddLeaseResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AddLeaseResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.AddLeaseResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return AddLeaseResult;
            })();

            v1.RenewLeaseRequest = (function() {

                /**
                 * Properties of a RenewLeaseRequest.
                 * @typedef {Object} lafs.storage.v1.RenewLeaseRequest.$Properties
                 * @property {Uint8Array|null} [storageIndex] RenewLeaseRequest storageIndex
                 * @property {Uint8Array|null} [renewSecret] RenewLeaseRequest renewSecret
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RenewLeaseRequest.
                 * @memberof lafs.storage.v1
                 * @interface IRenewLeaseRequest
                 * @augments lafs.storage.v1.RenewLeaseRequest.$Properties
                 * @deprecated Use lafs.storage.v1.RenewLeaseRequest.$Properties instead.
                 */

                /**
                 * Shape of a RenewLeaseRequest.
                 * @typedef {lafs.storage.v1.RenewLeaseRequest.$Properties} lafs.storage.v1.RenewLeaseRequest.$Shape
                 */

                /**
                 * Constructs a new RenewLeaseRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a RenewLeaseRequest.
                 * @constructor
                 * @param {lafs.storage.v1.RenewLeaseRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RenewLeaseRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RenewLeaseRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.RenewLeaseRequest
                 * @instance
                 */
                RenewLeaseRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * RenewLeaseRequest renewSecret.
                 * @member {Uint8Array} renewSecret
                 * @memberof lafs.storage.v1.RenewLeaseRequest
                 * @instance
                 */
                RenewLeaseRequest.prototype.renewSecret = $util.newBuffer([]);

                /**
                 * Creates a new RenewLeaseRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.RenewLeaseRequest
                 * @static
                 * @param {lafs.storage.v1.RenewLeaseRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.RenewLeaseRequest} RenewLeaseRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.RenewLeaseRequest.$Shape): lafs.storage.v1.RenewLeaseRequest & lafs.storage.v1.RenewLeaseRequest.$Shape;
                 *   (properties?: lafs.storage.v1.RenewLeaseRequest.$Properties): lafs.storage.v1.RenewLeaseRequest;
                 * }}
                 */
                RenewLeaseRequest.create = function(properties) {
                    return new RenewLeaseRequest(properties);
                };

                /**
                 * Encodes the specified RenewLeaseRequest message. Does not implicitly {@link lafs.storage.v1.RenewLeaseRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.RenewLeaseRequest
                 * @static
                 * @param {lafs.storage.v1.RenewLeaseRequest.$Properties} message RenewLeaseRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RenewLeaseRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.storageIndex);
                    if (message.renewSecret != null && $Object.hasOwnProperty.call(message, "renewSecret") && message.renewSecret.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.renewSecret);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RenewLeaseRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.RenewLeaseRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.RenewLeaseRequest & lafs.storage.v1.RenewLeaseRequest.$Shape} RenewLeaseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RenewLeaseRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.RenewLeaseRequest();
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
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.renewSecret = value;
                                else
                                    delete message.renewSecret;
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

                return RenewLeaseRequest;
            })();

            v1.RenewLeaseResult = (function() {

                /**
                 * Properties of a RenewLeaseResult.
                 * @typedef {Object} lafs.storage.v1.RenewLeaseResult.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RenewLeaseResult.
                 * @memberof lafs.storage.v1
                 * @interface IRenewLeaseResult
                 * @augments lafs.storage.v1.RenewLeaseResult.$Properties
                 * @deprecated Use lafs.storage.v1.RenewLeaseResult.$Properties instead.
                 */

                /**
                 * Shape of a RenewLeaseResult.
                 * @typedef {lafs.storage.v1.RenewLeaseResult.$Properties} lafs.storage.v1.RenewLeaseResult.$Shape
                 */

                /**
                 * Constructs a new RenewLeaseResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents a RenewLeaseResult.
                 * @constructor
                 * @param {lafs.storage.v1.RenewLeaseResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RenewLeaseResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new RenewLeaseResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.RenewLeaseResult
                 * @static
                 * @param {lafs.storage.v1.RenewLeaseResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.RenewLeaseResult} RenewLeaseResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.RenewLeaseResult.$Shape): lafs.storage.v1.RenewLeaseResult & lafs.storage.v1.RenewLeaseResult.$Shape;
                 *   (properties?: lafs.storage.v1.RenewLeaseResult.$Properties): lafs.storage.v1.RenewLeaseResult;
                 * }}
                 */
                RenewLeaseResult.create = function(properties) {
                    return new RenewLeaseResult(properties);
                };

                /**
                 * Encodes the specified RenewLeaseResult message. Does not implicitly {@link lafs.storage.v1.RenewLeaseResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.RenewLeaseResult
                 * @static
                 * @param {lafs.storage.v1.RenewLeaseResult.$Properties} message RenewLeaseResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RenewLeaseResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RenewLeaseResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.RenewLeaseResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.RenewLeaseResult & lafs.storage.v1.RenewLeaseResult.$Shape} RenewLeaseResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RenewLeaseResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.RenewLeaseResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return RenewLeaseResult;
            })();

            /**
             * ShareType enum.
             * @name lafs.storage.v1.ShareType
             * @enum {number}
             * @property {number} SHARE_TYPE_UNSPECIFIED=0 SHARE_TYPE_UNSPECIFIED value
             * @property {number} IMMUTABLE=1 IMMUTABLE value
             * @property {number} MUTABLE=2 MUTABLE value
             */
            v1.ShareType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SHARE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "IMMUTABLE"] = 1;
                values[valuesById[2] = "MUTABLE"] = 2;
                return values;
            })();

            v1.AdviseCorruptShareRequest = (function() {

                /**
                 * Properties of an AdviseCorruptShareRequest.
                 * @typedef {Object} lafs.storage.v1.AdviseCorruptShareRequest.$Properties
                 * @property {lafs.storage.v1.ShareType|null} [shareType] AdviseCorruptShareRequest shareType
                 * @property {Uint8Array|null} [storageIndex] AdviseCorruptShareRequest storageIndex
                 * @property {number|null} [shareNumber] AdviseCorruptShareRequest shareNumber
                 * @property {string|null} [reason] AdviseCorruptShareRequest reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AdviseCorruptShareRequest.
                 * @memberof lafs.storage.v1
                 * @interface IAdviseCorruptShareRequest
                 * @augments lafs.storage.v1.AdviseCorruptShareRequest.$Properties
                 * @deprecated Use lafs.storage.v1.AdviseCorruptShareRequest.$Properties instead.
                 */

                /**
                 * Shape of an AdviseCorruptShareRequest.
                 * @typedef {lafs.storage.v1.AdviseCorruptShareRequest.$Properties} lafs.storage.v1.AdviseCorruptShareRequest.$Shape
                 */

                /**
                 * Constructs a new AdviseCorruptShareRequest.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AdviseCorruptShareRequest.
                 * @constructor
                 * @param {lafs.storage.v1.AdviseCorruptShareRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AdviseCorruptShareRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AdviseCorruptShareRequest shareType.
                 * @member {lafs.storage.v1.ShareType} shareType
                 * @memberof lafs.storage.v1.AdviseCorruptShareRequest
                 * @instance
                 */
                AdviseCorruptShareRequest.prototype.shareType = 0;

                /**
                 * AdviseCorruptShareRequest storageIndex.
                 * @member {Uint8Array} storageIndex
                 * @memberof lafs.storage.v1.AdviseCorruptShareRequest
                 * @instance
                 */
                AdviseCorruptShareRequest.prototype.storageIndex = $util.newBuffer([]);

                /**
                 * AdviseCorruptShareRequest shareNumber.
                 * @member {number} shareNumber
                 * @memberof lafs.storage.v1.AdviseCorruptShareRequest
                 * @instance
                 */
                AdviseCorruptShareRequest.prototype.shareNumber = 0;

                /**
                 * AdviseCorruptShareRequest reason.
                 * @member {string} reason
                 * @memberof lafs.storage.v1.AdviseCorruptShareRequest
                 * @instance
                 */
                AdviseCorruptShareRequest.prototype.reason = "";

                /**
                 * Creates a new AdviseCorruptShareRequest instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AdviseCorruptShareRequest
                 * @static
                 * @param {lafs.storage.v1.AdviseCorruptShareRequest.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AdviseCorruptShareRequest} AdviseCorruptShareRequest instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AdviseCorruptShareRequest.$Shape): lafs.storage.v1.AdviseCorruptShareRequest & lafs.storage.v1.AdviseCorruptShareRequest.$Shape;
                 *   (properties?: lafs.storage.v1.AdviseCorruptShareRequest.$Properties): lafs.storage.v1.AdviseCorruptShareRequest;
                 * }}
                 */
                AdviseCorruptShareRequest.create = function(properties) {
                    return new AdviseCorruptShareRequest(properties);
                };

                /**
                 * Encodes the specified AdviseCorruptShareRequest message. Does not implicitly {@link lafs.storage.v1.AdviseCorruptShareRequest.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AdviseCorruptShareRequest
                 * @static
                 * @param {lafs.storage.v1.AdviseCorruptShareRequest.$Properties} message AdviseCorruptShareRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AdviseCorruptShareRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shareType != null && $Object.hasOwnProperty.call(message, "shareType") && message.shareType !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.shareType);
                    if (message.storageIndex != null && $Object.hasOwnProperty.call(message, "storageIndex") && message.storageIndex.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.storageIndex);
                    if (message.shareNumber != null && $Object.hasOwnProperty.call(message, "shareNumber") && message.shareNumber !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.shareNumber);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AdviseCorruptShareRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AdviseCorruptShareRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AdviseCorruptShareRequest & lafs.storage.v1.AdviseCorruptShareRequest.$Shape} AdviseCorruptShareRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AdviseCorruptShareRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.lafs.storage.v1.AdviseCorruptShareRequest();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.shareType = value;
                                else
                                    delete message.shareType;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.storageIndex = value;
                                else
                                    delete message.storageIndex;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shareNumber = value;
                                else
                                    delete message.shareNumber;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
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

                return AdviseCorruptShareRequest;
            })();

            v1.AdviseCorruptShareResult = (function() {

                /**
                 * Properties of an AdviseCorruptShareResult.
                 * @typedef {Object} lafs.storage.v1.AdviseCorruptShareResult.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AdviseCorruptShareResult.
                 * @memberof lafs.storage.v1
                 * @interface IAdviseCorruptShareResult
                 * @augments lafs.storage.v1.AdviseCorruptShareResult.$Properties
                 * @deprecated Use lafs.storage.v1.AdviseCorruptShareResult.$Properties instead.
                 */

                /**
                 * Shape of an AdviseCorruptShareResult.
                 * @typedef {lafs.storage.v1.AdviseCorruptShareResult.$Properties} lafs.storage.v1.AdviseCorruptShareResult.$Shape
                 */

                /**
                 * Constructs a new AdviseCorruptShareResult.
                 * @memberof lafs.storage.v1
                 * @classdesc Represents an AdviseCorruptShareResult.
                 * @constructor
                 * @param {lafs.storage.v1.AdviseCorruptShareResult.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AdviseCorruptShareResult = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new AdviseCorruptShareResult instance using the specified properties.
                 * @function create
                 * @memberof lafs.storage.v1.AdviseCorruptShareResult
                 * @static
                 * @param {lafs.storage.v1.AdviseCorruptShareResult.$Properties=} [properties] Properties to set
                 * @returns {lafs.storage.v1.AdviseCorruptShareResult} AdviseCorruptShareResult instance
                 * @type {{
                 *   (properties: lafs.storage.v1.AdviseCorruptShareResult.$Shape): lafs.storage.v1.AdviseCorruptShareResult & lafs.storage.v1.AdviseCorruptShareResult.$Shape;
                 *   (properties?: lafs.storage.v1.AdviseCorruptShareResult.$Properties): lafs.storage.v1.AdviseCorruptShareResult;
                 * }}
                 */
                AdviseCorruptShareResult.create = function(properties) {
                    return new AdviseCorruptShareResult(properties);
                };

                /**
                 * Encodes the specified AdviseCorruptShareResult message. Does not implicitly {@link lafs.storage.v1.AdviseCorruptShareResult.verify|verify} messages.
                 * @function encode
                 * @memberof lafs.storage.v1.AdviseCorruptShareResult
                 * @static
                 * @param {lafs.storage.v1.AdviseCorruptShareResult.$Properties} message AdviseCorruptShareResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AdviseCorruptShareResult.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AdviseCorruptShareResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof lafs.storage.v1.AdviseCorruptShareResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AdviseCorruptShareResult & lafs.storage.v1.AdviseCorruptShareResult.$Shape} AdviseCorruptShareResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AdviseCorruptShareResult.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.lafs.storage.v1.AdviseCorruptShareResult();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return AdviseCorruptShareResult;
            })();

            return v1;
        })();

        return storage;
    })();

    return lafs;
})();

export {
  $root as default
};
