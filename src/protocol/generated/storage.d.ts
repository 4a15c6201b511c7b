import * as $protobuf from "protobufjs/minimal.js";

/** Namespace lafs. */
export namespace lafs {

    /** Namespace storage. */
    namespace storage {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Request.
             * @deprecated Use lafs.storage.v1.Request.$Properties instead.
             */
            interface IRequest extends lafs.storage.v1.Request.$Properties {
            }

            /** Represents a Request. */
            class Request {

                /**
                 * Constructs a new Request.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.Request.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Request id. */
                id: number;

                /** Request getVersion. */
                getVersion?: (lafs.storage.v1.GetVersionRequest.$Properties|null);

                /** Request allocateBuckets. */
                allocateBuckets?: (lafs.storage.v1.AllocateBucketsRequest.$Properties|null);

                /** Request writeBucket. */
                writeBucket?: (lafs.storage.v1.WriteBucketRequest.$Properties|null);

                /** Request closeBucket. */
                closeBucket?: (lafs.storage.v1.CloseBucketRequest.$Properties|null);

                /** Request abortBucket. */
                abortBucket?: (lafs.storage.v1.AbortBucketRequest.$Properties|null);

                /** Request listBuckets. */
                listBuckets?: (lafs.storage.v1.ListBucketsRequest.$Properties|null);

                /** Request readBucket. */
                readBucket?: (lafs.storage.v1.ReadBucketRequest.$Properties|null);

                /** Request slotReadv. */
                slotReadv?: (lafs.storage.v1.SlotReadvRequest.$Properties|null);

                /** Request slotTestvAndReadvAndWritev. */
                slotTestvAndReadvAndWritev?: (lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties|null);

                /** Request addLease. */
                addLease?: (lafs.storage.v1.AddLeaseRequest.$Properties|null);

                /** Request renewLease. */
                renewLease?: (lafs.storage.v1.RenewLeaseRequest.$Properties|null);

                /** Request adviseCorruptShare. */
                adviseCorruptShare?: (lafs.storage.v1.AdviseCorruptShareRequest.$Properties|null);

                /** Request body. */
                body?: ("getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare");

                /**
                 * Creates a new Request instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Request instance
                 */
                static create(properties: lafs.storage.v1.Request.$Shape): lafs.storage.v1.Request & lafs.storage.v1.Request.$Shape;
                static create(properties?: lafs.storage.v1.Request.$Properties): lafs.storage.v1.Request;

                /**
                 * Encodes the specified Request message. Does not implicitly {@link lafs.storage.v1.Request.verify|verify} messages.
                 * @param message Request message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Request message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.Request & lafs.storage.v1.Request.$Shape} Request
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.Request & lafs.storage.v1.Request.$Shape;
            }

            namespace Request {

                /** Properties of a Request. */
                interface $Properties {

                    /** Request id */
                    id?: (number|null);

                    /** Request getVersion */
                    getVersion?: (lafs.storage.v1.GetVersionRequest.$Properties|null);

                    /** Request allocateBuckets */
                    allocateBuckets?: (lafs.storage.v1.AllocateBucketsRequest.$Properties|null);

                    /** Request writeBucket */
                    writeBucket?: (lafs.storage.v1.WriteBucketRequest.$Properties|null);

                    /** Request closeBucket */
                    closeBucket?: (lafs.storage.v1.CloseBucketRequest.$Properties|null);

                    /** Request abortBucket */
                    abortBucket?: (lafs.storage.v1.AbortBucketRequest.$Properties|null);

                    /** Request listBuckets */
                    listBuckets?: (lafs.storage.v1.ListBucketsRequest.$Properties|null);

                    /** Request readBucket */
                    readBucket?: (lafs.storage.v1.ReadBucketRequest.$Properties|null);

                    /** Request slotReadv */
                    slotReadv?: (lafs.storage.v1.SlotReadvRequest.$Properties|null);

                    /** Request slotTestvAndReadvAndWritev */
                    slotTestvAndReadvAndWritev?: (lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties|null);

                    /** Request addLease */
                    addLease?: (lafs.storage.v1.AddLeaseRequest.$Properties|null);

                    /** Request renewLease */
                    renewLease?: (lafs.storage.v1.RenewLeaseRequest.$Properties|null);

                    /** Request adviseCorruptShare */
                    adviseCorruptShare?: (lafs.storage.v1.AdviseCorruptShareRequest.$Properties|null);

                    /** Request body */
                    body?: ("getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Request. */
                type $Shape = {
                  id?: number|null;
                  getVersion?: lafs.storage.v1.GetVersionRequest.$Shape|null;
                  allocateBuckets?: lafs.storage.v1.AllocateBucketsRequest.$Shape|null;
                  writeBucket?: lafs.storage.v1.WriteBucketRequest.$Shape|null;
                  closeBucket?: lafs.storage.v1.CloseBucketRequest.$Shape|null;
                  abortBucket?: lafs.storage.v1.AbortBucketRequest.$Shape|null;
                  listBuckets?: lafs.storage.v1.ListBucketsRequest.$Shape|null;
                  readBucket?: lafs.storage.v1.ReadBucketRequest.$Shape|null;
                  slotReadv?: lafs.storage.v1.SlotReadvRequest.$Shape|null;
                  slotTestvAndReadvAndWritev?: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape|null;
                  addLease?: lafs.storage.v1.AddLeaseRequest.$Shape|null;
                  renewLease?: lafs.storage.v1.RenewLeaseRequest.$Shape|null;
                  adviseCorruptShare?: lafs.storage.v1.AdviseCorruptShareRequest.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "getVersion"; getVersion: lafs.storage.v1.GetVersionRequest.$Shape; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "allocateBuckets"; getVersion?: null; allocateBuckets: lafs.storage.v1.AllocateBucketsRequest.$Shape; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "writeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket: lafs.storage.v1.WriteBucketRequest.$Shape; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "closeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket: lafs.storage.v1.CloseBucketRequest.$Shape; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "abortBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket: lafs.storage.v1.AbortBucketRequest.$Shape; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "listBuckets"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets: lafs.storage.v1.ListBucketsRequest.$Shape; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "readBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket: lafs.storage.v1.ReadBucketRequest.$Shape; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "slotReadv"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv: lafs.storage.v1.SlotReadvRequest.$Shape; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "slotTestvAndReadvAndWritev"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ body?: "addLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease: lafs.storage.v1.AddLeaseRequest.$Shape; renewLease?: null; adviseCorruptShare?: null }|{ body?: "renewLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease: lafs.storage.v1.RenewLeaseRequest.$Shape; adviseCorruptShare?: null }|{ body?: "adviseCorruptShare"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare: lafs.storage.v1.AdviseCorruptShareRequest.$Shape })
                );
            }

            /** Status enum. */
            enum Status {

                /** OK value */
                OK = 0,

                /** BAD_REQUEST value */
                BAD_REQUEST = 1,

                /** TOO_LARGE value */
                TOO_LARGE = 2,

                /** BUSY value */
                BUSY = 3,

                /** INTERNAL value */
                INTERNAL = 4,

                /** BAD_STORAGE_INDEX value */
                BAD_STORAGE_INDEX = 10,

                /** BAD_SHARE_NUMBER value */
                BAD_SHARE_NUMBER = 11,

                /** CONFLICTING_WRITE value */
                CONFLICTING_WRITE = 12,

                /** DATA_TOO_LARGE value */
                DATA_TOO_LARGE = 13,

                /** NO_SUCH_BUCKET value */
                NO_SUCH_BUCKET = 14,

                /** BAD_UPLOAD_SECRET value */
                BAD_UPLOAD_SECRET = 15,

                /** BAD_WRITE_ENABLER value */
                BAD_WRITE_ENABLER = 16,

                /** NO_SUCH_LEASE value */
                NO_SUCH_LEASE = 17,

                /** BAD_CONTAINER value */
                BAD_CONTAINER = 18,

                /** UNAVAILABLE value */
                UNAVAILABLE = 19,

                /** ABORTED value */
                ABORTED = 20,

                /** STORAGE_IO value */
                STORAGE_IO = 21
            }

            /**
             * Properties of a Response.
             * @deprecated Use lafs.storage.v1.Response.$Properties instead.
             */
            interface IResponse extends lafs.storage.v1.Response.$Properties {
            }

            /** Represents a Response. */
            class Response {

                /**
                 * Constructs a new Response.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.Response.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Response id. */
                id: number;

                /** Response status. */
                status: lafs.storage.v1.Status;

                /** Response message. */
                message: string;

                /** Response getVersion. */
                getVersion?: (lafs.storage.v1.GetVersionResult.$Properties|null);

                /** Response allocateBuckets. */
                allocateBuckets?: (lafs.storage.v1.AllocateBucketsResult.$Properties|null);

                /** Response writeBucket. */
                writeBucket?: (lafs.storage.v1.WriteBucketResult.$Properties|null);

                /** Response closeBucket. */
                closeBucket?: (lafs.storage.v1.CloseBucketResult.$Properties|null);

                /** Response abortBucket. */
                abortBucket?: (lafs.storage.v1.AbortBucketResult.$Properties|null);

                /** Response listBuckets. */
                listBuckets?: (lafs.storage.v1.ListBucketsResult.$Properties|null);

                /** Response readBucket. */
                readBucket?: (lafs.storage.v1.ReadBucketResult.$Properties|null);

                /** Response slotReadv. */
                slotReadv?: (lafs.storage.v1.SlotReadvResult.$Properties|null);

                /** Response slotTestvAndReadvAndWritev. */
                slotTestvAndReadvAndWritev?: (lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties|null);

                /** Response addLease. */
                addLease?: (lafs.storage.v1.AddLeaseResult.$Properties|null);

                /** Response renewLease. */
                renewLease?: (lafs.storage.v1.RenewLeaseResult.$Properties|null);

                /** Response adviseCorruptShare. */
                adviseCorruptShare?: (lafs.storage.v1.AdviseCorruptShareResult.$Properties|null);

                /** Response result. */
                result?: ("getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare");

                /**
                 * Creates a new Response instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Response instance
                 */
                static create(properties: lafs.storage.v1.Response.$Shape): lafs.storage.v1.Response & lafs.storage.v1.Response.$Shape;
                static create(properties?: lafs.storage.v1.Response.$Properties): lafs.storage.v1.Response;

                /**
                 * Encodes the specified Response message. Does not implicitly {@link lafs.storage.v1.Response.verify|verify} messages.
                 * @param message Response message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Response message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.Response & lafs.storage.v1.Response.$Shape} Response
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.Response & lafs.storage.v1.Response.$Shape;
            }

            namespace Response {

                /** Properties of a Response. */
                interface $Properties {

                    /** Response id */
                    id?: (number|null);

                    /** Response status */
                    status?: (lafs.storage.v1.Status|null);

                    /** Response message */
                    message?: (string|null);

                    /** Response getVersion */
                    getVersion?: (lafs.storage.v1.GetVersionResult.$Properties|null);

                    /** Response allocateBuckets */
                    allocateBuckets?: (lafs.storage.v1.AllocateBucketsResult.$Properties|null);

                    /** Response writeBucket */
                    writeBucket?: (lafs.storage.v1.WriteBucketResult.$Properties|null);

                    /** Response closeBucket */
                    closeBucket?: (lafs.storage.v1.CloseBucketResult.$Properties|null);

                    /** Response abortBucket */
                    abortBucket?: (lafs.storage.v1.AbortBucketResult.$Properties|null);

                    /** Response listBuckets */
                    listBuckets?: (lafs.storage.v1.ListBucketsResult.$Properties|null);

                    /** Response readBucket */
                    readBucket?: (lafs.storage.v1.ReadBucketResult.$Properties|null);

                    /** Response slotReadv */
                    slotReadv?: (lafs.storage.v1.SlotReadvResult.$Properties|null);

                    /** Response slotTestvAndReadvAndWritev */
                    slotTestvAndReadvAndWritev?: (lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties|null);

                    /** Response addLease */
                    addLease?: (lafs.storage.v1.AddLeaseResult.$Properties|null);

                    /** Response renewLease */
                    renewLease?: (lafs.storage.v1.RenewLeaseResult.$Properties|null);

                    /** Response adviseCorruptShare */
                    adviseCorruptShare?: (lafs.storage.v1.AdviseCorruptShareResult.$Properties|null);

                    /** Response result */
                    result?: ("getVersion"|"allocateBuckets"|"writeBucket"|"closeBucket"|"abortBucket"|"listBuckets"|"readBucket"|"slotReadv"|"slotTestvAndReadvAndWritev"|"addLease"|"renewLease"|"adviseCorruptShare");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Response. */
                type $Shape = {
                  id?: number|null;
                  status?: lafs.storage.v1.Status|null;
                  message?: string|null;
                  getVersion?: lafs.storage.v1.GetVersionResult.$Shape|null;
                  allocateBuckets?: lafs.storage.v1.AllocateBucketsResult.$Shape|null;
                  writeBucket?: lafs.storage.v1.WriteBucketResult.$Shape|null;
                  closeBucket?: lafs.storage.v1.CloseBucketResult.$Shape|null;
                  abortBucket?: lafs.storage.v1.AbortBucketResult.$Shape|null;
                  listBuckets?: lafs.storage.v1.ListBucketsResult.$Shape|null;
                  readBucket?: lafs.storage.v1.ReadBucketResult.$Shape|null;
                  slotReadv?: lafs.storage.v1.SlotReadvResult.$Shape|null;
                  slotTestvAndReadvAndWritev?: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape|null;
                  addLease?: lafs.storage.v1.AddLeaseResult.$Shape|null;
                  renewLease?: lafs.storage.v1.RenewLeaseResult.$Shape|null;
                  adviseCorruptShare?: lafs.storage.v1.AdviseCorruptShareResult.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ result?: undefined; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "getVersion"; getVersion: lafs.storage.v1.GetVersionResult.$Shape; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "allocateBuckets"; getVersion?: null; allocateBuckets: lafs.storage.v1.AllocateBucketsResult.$Shape; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "writeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket: lafs.storage.v1.WriteBucketResult.$Shape; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "closeBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket: lafs.storage.v1.CloseBucketResult.$Shape; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "abortBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket: lafs.storage.v1.AbortBucketResult.$Shape; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "listBuckets"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets: lafs.storage.v1.ListBucketsResult.$Shape; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "readBucket"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket: lafs.storage.v1.ReadBucketResult.$Shape; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "slotReadv"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv: lafs.storage.v1.SlotReadvResult.$Shape; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "slotTestvAndReadvAndWritev"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape; addLease?: null; renewLease?: null; adviseCorruptShare?: null }|{ result?: "addLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease: lafs.storage.v1.AddLeaseResult.$Shape; renewLease?: null; adviseCorruptShare?: null }|{ result?: "renewLease"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease: lafs.storage.v1.RenewLeaseResult.$Shape; adviseCorruptShare?: null }|{ result?: "adviseCorruptShare"; getVersion?: null; allocateBuckets?: null; writeBucket?: null; closeBucket?: null; abortBucket?: null; listBuckets?: null; readBucket?: null; slotReadv?: null; slotTestvAndReadvAndWritev?: null; addLease?: null; renewLease?: null; adviseCorruptShare: lafs.storage.v1.AdviseCorruptShareResult.$Shape })
                );
            }

            /**
             * Properties of a GetVersionRequest.
             * @deprecated Use lafs.storage.v1.GetVersionRequest.$Properties instead.
             */
            interface IGetVersionRequest extends lafs.storage.v1.GetVersionRequest.$Properties {
            }

            /** Represents a GetVersionRequest. */
            class GetVersionRequest {

                /**
                 * Constructs a new GetVersionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.GetVersionRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new GetVersionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetVersionRequest instance
                 */
                static create(properties: lafs.storage.v1.GetVersionRequest.$Shape): lafs.storage.v1.GetVersionRequest & lafs.storage.v1.GetVersionRequest.$Shape;
                static create(properties?: lafs.storage.v1.GetVersionRequest.$Properties): lafs.storage.v1.GetVersionRequest;

                /**
                 * Encodes the specified GetVersionRequest message. Does not implicitly {@link lafs.storage.v1.GetVersionRequest.verify|verify} messages.
                 * @param message GetVersionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.GetVersionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetVersionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.GetVersionRequest & lafs.storage.v1.GetVersionRequest.$Shape} GetVersionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.GetVersionRequest & lafs.storage.v1.GetVersionRequest.$Shape;
            }

            namespace GetVersionRequest {

                /** Properties of a GetVersionRequest. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetVersionRequest. */
                type $Shape = lafs.storage.v1.GetVersionRequest.$Properties;
            }

            /**
             * Properties of a GetVersionResult.
             * @deprecated Use lafs.storage.v1.GetVersionResult.$Properties instead.
             */
            interface IGetVersionResult extends lafs.storage.v1.GetVersionResult.$Properties {
            }

            /** Represents a GetVersionResult. */
            class GetVersionResult {

                /**
                 * Constructs a new GetVersionResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.GetVersionResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetVersionResult maximumImmutableShareSize. */
                maximumImmutableShareSize: number;

                /** GetVersionResult maximumMutableShareSize. */
                maximumMutableShareSize: number;

                /** GetVersionResult availableSpace. */
                availableSpace: number;

                /** GetVersionResult toleratesImmutableReadOverrun. */
                toleratesImmutableReadOverrun: boolean;

                /** GetVersionResult deleteMutableSharesWithZeroLengthWritev. */
                deleteMutableSharesWithZeroLengthWritev: boolean;

                /** GetVersionResult fillsHolesWithZeroBytes. */
                fillsHolesWithZeroBytes: boolean;

                /** GetVersionResult preventsReadPastEndOfShareData. */
                preventsReadPastEndOfShareData: boolean;

                /** GetVersionResult applicationVersion. */
                applicationVersion: string;

                /**
                 * Creates a new GetVersionResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetVersionResult instance
                 */
                static create(properties: lafs.storage.v1.GetVersionResult.$Shape): lafs.storage.v1.GetVersionResult & lafs.storage.v1.GetVersionResult.$Shape;
                static create(properties?: lafs.storage.v1.GetVersionResult.$Properties): lafs.storage.v1.GetVersionResult;

                /**
                 * Encodes the specified GetVersionResult message. Does not implicitly {@link lafs.storage.v1.GetVersionResult.verify|verify} messages.
                 * @param message GetVersionResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.GetVersionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetVersionResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.GetVersionResult & lafs.storage.v1.GetVersionResult.$Shape} GetVersionResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.GetVersionResult & lafs.storage.v1.GetVersionResult.$Shape;
            }

            namespace GetVersionResult {

                /** Properties of a GetVersionResult. */
                interface $Properties {

                    /** GetVersionResult maximumImmutableShareSize */
                    maximumImmutableShareSize?: (number|null);

                    /** GetVersionResult maximumMutableShareSize */
                    maximumMutableShareSize?: (number|null);

                    /** GetVersionResult availableSpace */
                    availableSpace?: (number|null);

                    /** GetVersionResult toleratesImmutableReadOverrun */
                    toleratesImmutableReadOverrun?: (boolean|null);

                    /** GetVersionResult deleteMutableSharesWithZeroLengthWritev */
                    deleteMutableSharesWithZeroLengthWritev?: (boolean|null);

                    /** GetVersionResult fillsHolesWithZeroBytes */
                    fillsHolesWithZeroBytes?: (boolean|null);

                    /** GetVersionResult preventsReadPastEndOfShareData */
                    preventsReadPastEndOfShareData?: (boolean|null);

                    /** GetVersionResult applicationVersion */
                    applicationVersion?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetVersionResult. */
                type $Shape = lafs.storage.v1.GetVersionResult.$Properties;
            }

            /**
             * Properties of an AllocateBucketsRequest.
             * @deprecated Use lafs.storage.v1.AllocateBucketsRequest.$Properties instead.
             */
            interface IAllocateBucketsRequest extends lafs.storage.v1.AllocateBucketsRequest.$Properties {
            }

            /** Represents an AllocateBucketsRequest. */
            class AllocateBucketsRequest {

                /**
                 * Constructs a new AllocateBucketsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AllocateBucketsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AllocateBucketsRequest storageIndex. */
                storageIndex: Uint8Array;

                /** AllocateBucketsRequest renewSecret. */
                renewSecret: Uint8Array;

                /** AllocateBucketsRequest cancelSecret. */
                cancelSecret: Uint8Array;

                /** AllocateBucketsRequest uploadSecret. */
                uploadSecret: Uint8Array;

                /** AllocateBucketsRequest shareNumbers. */
                shareNumbers: number[];

                /** AllocateBucketsRequest allocatedSize. */
                allocatedSize: number;

                /**
                 * Creates a new AllocateBucketsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AllocateBucketsRequest instance
                 */
                static create(properties: lafs.storage.v1.AllocateBucketsRequest.$Shape): lafs.storage.v1.AllocateBucketsRequest & lafs.storage.v1.AllocateBucketsRequest.$Shape;
                static create(properties?: lafs.storage.v1.AllocateBucketsRequest.$Properties): lafs.storage.v1.AllocateBucketsRequest;

                /**
                 * Encodes the specified AllocateBucketsRequest message. Does not implicitly {@link lafs.storage.v1.AllocateBucketsRequest.verify|verify} messages.
                 * @param message AllocateBucketsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AllocateBucketsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AllocateBucketsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AllocateBucketsRequest & lafs.storage.v1.AllocateBucketsRequest.$Shape} AllocateBucketsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AllocateBucketsRequest & lafs.storage.v1.AllocateBucketsRequest.$Shape;
            }

            namespace AllocateBucketsRequest {

                /** Properties of an AllocateBucketsRequest. */
                interface $Properties {

                    /** AllocateBucketsRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** AllocateBucketsRequest renewSecret */
                    renewSecret?: (Uint8Array|null);

                    /** AllocateBucketsRequest cancelSecret */
                    cancelSecret?: (Uint8Array|null);

                    /** AllocateBucketsRequest uploadSecret */
                    uploadSecret?: (Uint8Array|null);

                    /** AllocateBucketsRequest shareNumbers */
                    shareNumbers?: (number[]|null);

                    /** AllocateBucketsRequest allocatedSize */
                    allocatedSize?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AllocateBucketsRequest. */
                type $Shape = lafs.storage.v1.AllocateBucketsRequest.$Properties;
            }

            /**
             * Properties of an AllocateBucketsResult.
             * @deprecated Use lafs.storage.v1.AllocateBucketsResult.$Properties instead.
             */
            interface IAllocateBucketsResult extends lafs.storage.v1.AllocateBucketsResult.$Properties {
            }

            /** Represents an AllocateBucketsResult. */
            class AllocateBucketsResult {

                /**
                 * Constructs a new AllocateBucketsResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AllocateBucketsResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AllocateBucketsResult alreadyHave. */
                alreadyHave: number[];

                /** AllocateBucketsResult allocated. */
                allocated: number[];

                /**
                 * Creates a new AllocateBucketsResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AllocateBucketsResult instance
                 */
                static create(properties: lafs.storage.v1.AllocateBucketsResult.$Shape): lafs.storage.v1.AllocateBucketsResult & lafs.storage.v1.AllocateBucketsResult.$Shape;
                static create(properties?: lafs.storage.v1.AllocateBucketsResult.$Properties): lafs.storage.v1.AllocateBucketsResult;

                /**
                 * Encodes the specified AllocateBucketsResult message. Does not implicitly {@link lafs.storage.v1.AllocateBucketsResult.verify|verify} messages.
                 * @param message AllocateBucketsResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AllocateBucketsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AllocateBucketsResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AllocateBucketsResult & lafs.storage.v1.AllocateBucketsResult.$Shape} AllocateBucketsResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AllocateBucketsResult & lafs.storage.v1.AllocateBucketsResult.$Shape;
            }

            namespace AllocateBucketsResult {

                /** Properties of an AllocateBucketsResult. */
                interface $Properties {

                    /** AllocateBucketsResult alreadyHave */
                    alreadyHave?: (number[]|null);

                    /** AllocateBucketsResult allocated */
                    allocated?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AllocateBucketsResult. */
                type $Shape = lafs.storage.v1.AllocateBucketsResult.$Properties;
            }

            /**
             * Properties of a BucketRef.
             * @deprecated Use lafs.storage.v1.BucketRef.$Properties instead.
             */
            interface IBucketRef extends lafs.storage.v1.BucketRef.$Properties {
            }

            /** Represents a BucketRef. */
            class BucketRef {

                /**
                 * Constructs a new BucketRef.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.BucketRef.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BucketRef storageIndex. */
                storageIndex: Uint8Array;

                /** BucketRef shareNumber. */
                shareNumber: number;

                /** BucketRef uploadSecret. */
                uploadSecret: Uint8Array;

                /**
                 * Creates a new BucketRef instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BucketRef instance
                 */
                static create(properties: lafs.storage.v1.BucketRef.$Shape): lafs.storage.v1.BucketRef & lafs.storage.v1.BucketRef.$Shape;
                static create(properties?: lafs.storage.v1.BucketRef.$Properties): lafs.storage.v1.BucketRef;

                /**
                 * Encodes the specified BucketRef message. Does not implicitly {@link lafs.storage.v1.BucketRef.verify|verify} messages.
                 * @param message BucketRef message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.BucketRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BucketRef message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.BucketRef & lafs.storage.v1.BucketRef.$Shape} BucketRef
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.BucketRef & lafs.storage.v1.BucketRef.$Shape;
            }

            namespace BucketRef {

                /** Properties of a BucketRef. */
                interface $Properties {

                    /** BucketRef storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** BucketRef shareNumber */
                    shareNumber?: (number|null);

                    /** BucketRef uploadSecret */
                    uploadSecret?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BucketRef. */
                type $Shape = lafs.storage.v1.BucketRef.$Properties;
            }

            /**
             * Properties of a WriteBucketRequest.
             * @deprecated Use lafs.storage.v1.WriteBucketRequest.$Properties instead.
             */
            interface IWriteBucketRequest extends lafs.storage.v1.WriteBucketRequest.$Properties {
            }

            /** Represents a WriteBucketRequest. */
            class WriteBucketRequest {

                /**
                 * Constructs a new WriteBucketRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.WriteBucketRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WriteBucketRequest bucket. */
                bucket?: (lafs.storage.v1.BucketRef.$Properties|null);

                /** WriteBucketRequest offset. */
                offset: number;

                /** WriteBucketRequest data. */
                data: Uint8Array;

                /**
                 * Creates a new WriteBucketRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WriteBucketRequest instance
                 */
                static create(properties: lafs.storage.v1.WriteBucketRequest.$Shape): lafs.storage.v1.WriteBucketRequest & lafs.storage.v1.WriteBucketRequest.$Shape;
                static create(properties?: lafs.storage.v1.WriteBucketRequest.$Properties): lafs.storage.v1.WriteBucketRequest;

                /**
                 * Encodes the specified WriteBucketRequest message. Does not implicitly {@link lafs.storage.v1.WriteBucketRequest.verify|verify} messages.
                 * @param message WriteBucketRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.WriteBucketRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WriteBucketRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.WriteBucketRequest & lafs.storage.v1.WriteBucketRequest.$Shape} WriteBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.WriteBucketRequest & lafs.storage.v1.WriteBucketRequest.$Shape;
            }

            namespace WriteBucketRequest {

                /** Properties of a WriteBucketRequest. */
                interface $Properties {

                    /** WriteBucketRequest bucket */
                    bucket?: (lafs.storage.v1.BucketRef.$Properties|null);

                    /** WriteBucketRequest offset */
                    offset?: (number|null);

                    /** WriteBucketRequest data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WriteBucketRequest. */
                type $Shape = lafs.storage.v1.WriteBucketRequest.$Properties;
            }

            /**
             * Properties of a WriteBucketResult.
             * @deprecated Use lafs.storage.v1.WriteBucketResult.$Properties instead.
             */
            interface IWriteBucketResult extends lafs.storage.v1.WriteBucketResult.$Properties {
            }

            /** Represents a WriteBucketResult. */
            class WriteBucketResult {

                /**
                 * Constructs a new WriteBucketResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.WriteBucketResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new WriteBucketResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WriteBucketResult instance
                 */
                static create(properties: lafs.storage.v1.WriteBucketResult.$Shape): lafs.storage.v1.WriteBucketResult & lafs.storage.v1.WriteBucketResult.$Shape;
                static create(properties?: lafs.storage.v1.WriteBucketResult.$Properties): lafs.storage.v1.WriteBucketResult;

                /**
                 * Encodes the specified WriteBucketResult message. Does not implicitly {@link lafs.storage.v1.WriteBucketResult.verify|verify} messages.
                 * @param message WriteBucketResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.WriteBucketResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WriteBucketResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.WriteBucketResult & lafs.storage.v1.WriteBucketResult.$Shape} WriteBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.WriteBucketResult & lafs.storage.v1.WriteBucketResult.$Shape;
            }

            namespace WriteBucketResult {

                /** Properties of a WriteBucketResult. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WriteBucketResult. */
                type $Shape = lafs.storage.v1.WriteBucketResult.$Properties;
            }

            /**
             * Properties of a CloseBucketRequest.
             * @deprecated Use lafs.storage.v1.CloseBucketRequest.$Properties instead.
             */
            interface ICloseBucketRequest extends lafs.storage.v1.CloseBucketRequest.$Properties {
            }

            /** Represents a CloseBucketRequest. */
            class CloseBucketRequest {

                /**
                 * Constructs a new CloseBucketRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.CloseBucketRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CloseBucketRequest bucket. */
                bucket?: (lafs.storage.v1.BucketRef.$Properties|null);

                /**
                 * Creates a new CloseBucketRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseBucketRequest instance
                 */
                static create(properties: lafs.storage.v1.CloseBucketRequest.$Shape): lafs.storage.v1.CloseBucketRequest & lafs.storage.v1.CloseBucketRequest.$Shape;
                static create(properties?: lafs.storage.v1.CloseBucketRequest.$Properties): lafs.storage.v1.CloseBucketRequest;

                /**
                 * Encodes the specified CloseBucketRequest message. Does not implicitly {@link lafs.storage.v1.CloseBucketRequest.verify|verify} messages.
                 * @param message CloseBucketRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.CloseBucketRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseBucketRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.CloseBucketRequest & lafs.storage.v1.CloseBucketRequest.$Shape} CloseBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.CloseBucketRequest & lafs.storage.v1.CloseBucketRequest.$Shape;
            }

            namespace CloseBucketRequest {

                /** Properties of a CloseBucketRequest. */
                interface $Properties {

                    /** CloseBucketRequest bucket */
                    bucket?: (lafs.storage.v1.BucketRef.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseBucketRequest. */
                type $Shape = lafs.storage.v1.CloseBucketRequest.$Properties;
            }

            /**
             * Properties of a CloseBucketResult.
             * @deprecated Use lafs.storage.v1.CloseBucketResult.$Properties instead.
             */
            interface ICloseBucketResult extends lafs.storage.v1.CloseBucketResult.$Properties {
            }

            /** Represents a CloseBucketResult. */
            class CloseBucketResult {

                /**
                 * Constructs a new CloseBucketResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.CloseBucketResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new CloseBucketResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseBucketResult instance
                 */
                static create(properties: lafs.storage.v1.CloseBucketResult.$Shape): lafs.storage.v1.CloseBucketResult & lafs.storage.v1.CloseBucketResult.$Shape;
                static create(properties?: lafs.storage.v1.CloseBucketResult.$Properties): lafs.storage.v1.CloseBucketResult;

                /**
                 * Encodes the specified CloseBucketResult message. Does not implicitly {@link lafs.storage.v1.CloseBucketResult.verify|verify} messages.
                 * @param message CloseBucketResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.CloseBucketResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseBucketResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.CloseBucketResult & lafs.storage.v1.CloseBucketResult.$Shape} CloseBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.CloseBucketResult & lafs.storage.v1.CloseBucketResult.$Shape;
            }

            namespace CloseBucketResult {

                /** Properties of a CloseBucketResult. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseBucketResult. */
                type $Shape = lafs.storage.v1.CloseBucketResult.$Properties;
            }

            /**
             * Properties of an AbortBucketRequest.
             * @deprecated Use lafs.storage.v1.AbortBucketRequest.$Properties instead.
             */
            interface IAbortBucketRequest extends lafs.storage.v1.AbortBucketRequest.$Properties {
            }

            /** Represents an AbortBucketRequest. */
            class AbortBucketRequest {

                /**
                 * Constructs a new AbortBucketRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AbortBucketRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AbortBucketRequest bucket. */
                bucket?: (lafs.storage.v1.BucketRef.$Properties|null);

                /**
                 * Creates a new AbortBucketRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AbortBucketRequest instance
                 */
                static create(properties: lafs.storage.v1.AbortBucketRequest.$Shape): lafs.storage.v1.AbortBucketRequest & lafs.storage.v1.AbortBucketRequest.$Shape;
                static create(properties?: lafs.storage.v1.AbortBucketRequest.$Properties): lafs.storage.v1.AbortBucketRequest;

                /**
                 * Encodes the specified AbortBucketRequest message. Does not implicitly {@link lafs.storage.v1.AbortBucketRequest.verify|verify} messages.
                 * @param message AbortBucketRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AbortBucketRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AbortBucketRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AbortBucketRequest & lafs.storage.v1.AbortBucketRequest.$Shape} AbortBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AbortBucketRequest & lafs.storage.v1.AbortBucketRequest.$Shape;
            }

            namespace AbortBucketRequest {

                /** Properties of an AbortBucketRequest. */
                interface $Properties {

                    /** AbortBucketRequest bucket */
                    bucket?: (lafs.storage.v1.BucketRef.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AbortBucketRequest. */
                type $Shape = lafs.storage.v1.AbortBucketRequest.$Properties;
            }

            /**
             * Properties of an AbortBucketResult.
             * @deprecated Use lafs.storage.v1.AbortBucketResult.$Properties instead.
             */
            interface IAbortBucketResult extends lafs.storage.v1.AbortBucketResult.$Properties {
            }

            /** Represents an AbortBucketResult. */
            class AbortBucketResult {

                /**
                 * Constructs a new AbortBucketResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AbortBucketResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AbortBucketResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AbortBucketResult instance
                 */
                static create(properties: lafs.storage.v1.AbortBucketResult.$Shape): lafs.storage.v1.AbortBucketResult & lafs.storage.v1.AbortBucketResult.$Shape;
                static create(properties?: lafs.storage.v1.AbortBucketResult.$Properties): lafs.storage.v1.AbortBucketResult;

                /**
                 * Encodes the specified AbortBucketResult message. Does not implicitly {@link lafs.storage.v1.AbortBucketResult.verify|verify} messages.
                 * @param message AbortBucketResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AbortBucketResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AbortBucketResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AbortBucketResult & lafs.storage.v1.AbortBucketResult.$Shape} AbortBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AbortBucketResult & lafs.storage.v1.AbortBucketResult.$Shape;
            }

            namespace AbortBucketResult {

                /** Properties of an AbortBucketResult. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AbortBucketResult. */
                type $Shape = lafs.storage.v1.AbortBucketResult.$Properties;
            }

            /**
             * Properties of a ListBucketsRequest.
             * @deprecated Use lafs.storage.v1.ListBucketsRequest.$Properties instead.
             */
            interface IListBucketsRequest extends lafs.storage.v1.ListBucketsRequest.$Properties {
            }

            /** Represents a ListBucketsRequest. */
            class ListBucketsRequest {

                /**
                 * Constructs a new ListBucketsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.ListBucketsRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListBucketsRequest storageIndex. */
                storageIndex: Uint8Array;

                /**
                 * Creates a new ListBucketsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListBucketsRequest instance
                 */
                static create(properties: lafs.storage.v1.ListBucketsRequest.$Shape): lafs.storage.v1.ListBucketsRequest & lafs.storage.v1.ListBucketsRequest.$Shape;
                static create(properties?: lafs.storage.v1.ListBucketsRequest.$Properties): lafs.storage.v1.ListBucketsRequest;

                /**
                 * Encodes the specified ListBucketsRequest message. Does not implicitly {@link lafs.storage.v1.ListBucketsRequest.verify|verify} messages.
                 * @param message ListBucketsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.ListBucketsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListBucketsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ListBucketsRequest & lafs.storage.v1.ListBucketsRequest.$Shape} ListBucketsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.ListBucketsRequest & lafs.storage.v1.ListBucketsRequest.$Shape;
            }

            namespace ListBucketsRequest {

                /** Properties of a ListBucketsRequest. */
                interface $Properties {

                    /** ListBucketsRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListBucketsRequest. */
                type $Shape = lafs.storage.v1.ListBucketsRequest.$Properties;
            }

            /**
             * Properties of a ListBucketsResult.
             * @deprecated Use lafs.storage.v1.ListBucketsResult.$Properties instead.
             */
            interface IListBucketsResult extends lafs.storage.v1.ListBucketsResult.$Properties {
            }

            /** Represents a ListBucketsResult. */
            class ListBucketsResult {

                /**
                 * Constructs a new ListBucketsResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.ListBucketsResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListBucketsResult shareNumbers. */
                shareNumbers: number[];

                /**
                 * Creates a new ListBucketsResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListBucketsResult instance
                 */
                static create(properties: lafs.storage.v1.ListBucketsResult.$Shape): lafs.storage.v1.ListBucketsResult & lafs.storage.v1.ListBucketsResult.$Shape;
                static create(properties?: lafs.storage.v1.ListBucketsResult.$Properties): lafs.storage.v1.ListBucketsResult;

                /**
                 * Encodes the specified ListBucketsResult message. Does not implicitly {@link lafs.storage.v1.ListBucketsResult.verify|verify} messages.
                 * @param message ListBucketsResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.ListBucketsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListBucketsResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ListBucketsResult & lafs.storage.v1.ListBucketsResult.$Shape} ListBucketsResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.ListBucketsResult & lafs.storage.v1.ListBucketsResult.$Shape;
            }

            namespace ListBucketsResult {

                /** Properties of a ListBucketsResult. */
                interface $Properties {

                    /** ListBucketsResult shareNumbers */
                    shareNumbers?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListBucketsResult. */
                type $Shape = lafs.storage.v1.ListBucketsResult.$Properties;
            }

            /**
             * Properties of a ReadBucketRequest.
             * @deprecated Use lafs.storage.v1.ReadBucketRequest.$Properties instead.
             */
            interface IReadBucketRequest extends lafs.storage.v1.ReadBucketRequest.$Properties {
            }

            /** Represents a ReadBucketRequest. */
            class ReadBucketRequest {

                /**
                 * Constructs a new ReadBucketRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.ReadBucketRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReadBucketRequest storageIndex. */
                storageIndex: Uint8Array;

                /** ReadBucketRequest shareNumber. */
                shareNumber: number;

                /** ReadBucketRequest offset. */
                offset: number;

                /** ReadBucketRequest length. */
                length: number;

                /**
                 * Creates a new ReadBucketRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReadBucketRequest instance
                 */
                static create(properties: lafs.storage.v1.ReadBucketRequest.$Shape): lafs.storage.v1.ReadBucketRequest & lafs.storage.v1.ReadBucketRequest.$Shape;
                static create(properties?: lafs.storage.v1.ReadBucketRequest.$Properties): lafs.storage.v1.ReadBucketRequest;

                /**
                 * Encodes the specified ReadBucketRequest message. Does not implicitly {@link lafs.storage.v1.ReadBucketRequest.verify|verify} messages.
                 * @param message ReadBucketRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.ReadBucketRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReadBucketRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ReadBucketRequest & lafs.storage.v1.ReadBucketRequest.$Shape} ReadBucketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.ReadBucketRequest & lafs.storage.v1.ReadBucketRequest.$Shape;
            }

            namespace ReadBucketRequest {

                /** Properties of a ReadBucketRequest. */
                interface $Properties {

                    /** ReadBucketRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** ReadBucketRequest shareNumber */
                    shareNumber?: (number|null);

                    /** ReadBucketRequest offset */
                    offset?: (number|null);

                    /** ReadBucketRequest length */
                    length?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReadBucketRequest. */
                type $Shape = lafs.storage.v1.ReadBucketRequest.$Properties;
            }

            /**
             * Properties of a ReadBucketResult.
             * @deprecated Use lafs.storage.v1.ReadBucketResult.$Properties instead.
             */
            interface IReadBucketResult extends lafs.storage.v1.ReadBucketResult.$Properties {
            }

            /** Represents a ReadBucketResult. */
            class ReadBucketResult {

                /**
                 * Constructs a new ReadBucketResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.ReadBucketResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReadBucketResult data. */
                data: Uint8Array;

                /**
                 * Creates a new ReadBucketResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReadBucketResult instance
                 */
                static create(properties: lafs.storage.v1.ReadBucketResult.$Shape): lafs.storage.v1.ReadBucketResult & lafs.storage.v1.ReadBucketResult.$Shape;
                static create(properties?: lafs.storage.v1.ReadBucketResult.$Properties): lafs.storage.v1.ReadBucketResult;

                /**
                 * Encodes the specified ReadBucketResult message. Does not implicitly {@link lafs.storage.v1.ReadBucketResult.verify|verify} messages.
                 * @param message ReadBucketResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.ReadBucketResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReadBucketResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ReadBucketResult & lafs.storage.v1.ReadBucketResult.$Shape} ReadBucketResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.ReadBucketResult & lafs.storage.v1.ReadBucketResult.$Shape;
            }

            namespace ReadBucketResult {

                /** Properties of a ReadBucketResult. */
                interface $Properties {

                    /** ReadBucketResult data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReadBucketResult. */
                type $Shape = lafs.storage.v1.ReadBucketResult.$Properties;
            }

            /**
             * Properties of a ReadVector.
             * @deprecated Use lafs.storage.v1.ReadVector.$Properties instead.
             */
            interface IReadVector extends lafs.storage.v1.ReadVector.$Properties {
            }

            /** Represents a ReadVector. */
            class ReadVector {

                /**
                 * Constructs a new ReadVector.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.ReadVector.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReadVector offset. */
                offset: number;

                /** ReadVector length. */
                length: number;

                /**
                 * Creates a new ReadVector instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReadVector instance
                 */
                static create(properties: lafs.storage.v1.ReadVector.$Shape): lafs.storage.v1.ReadVector & lafs.storage.v1.ReadVector.$Shape;
                static create(properties?: lafs.storage.v1.ReadVector.$Properties): lafs.storage.v1.ReadVector;

                /**
                 * Encodes the specified ReadVector message. Does not implicitly {@link lafs.storage.v1.ReadVector.verify|verify} messages.
                 * @param message ReadVector message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.ReadVector.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReadVector message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ReadVector & lafs.storage.v1.ReadVector.$Shape} ReadVector
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.ReadVector & lafs.storage.v1.ReadVector.$Shape;
            }

            namespace ReadVector {

                /** Properties of a ReadVector. */
                interface $Properties {

                    /** ReadVector offset */
                    offset?: (number|null);

                    /** ReadVector length */
                    length?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReadVector. */
                type $Shape = lafs.storage.v1.ReadVector.$Properties;
            }

            /**
             * Properties of a TestVector.
             * @deprecated Use lafs.storage.v1.TestVector.$Properties instead.
             */
            interface ITestVector extends lafs.storage.v1.TestVector.$Properties {
            }

            /** Represents a TestVector. */
            class TestVector {

                /**
                 * Constructs a new TestVector.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.TestVector.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TestVector offset. */
                offset: number;

                /** TestVector length. */
                length: number;

                /** TestVector specimen. */
                specimen: Uint8Array;

                /**
                 * Creates a new TestVector instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TestVector instance
                 */
                static create(properties: lafs.storage.v1.TestVector.$Shape): lafs.storage.v1.TestVector & lafs.storage.v1.TestVector.$Shape;
                static create(properties?: lafs.storage.v1.TestVector.$Properties): lafs.storage.v1.TestVector;

                /**
                 * Encodes the specified TestVector message. Does not implicitly {@link lafs.storage.v1.TestVector.verify|verify} messages.
                 * @param message TestVector message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.TestVector.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TestVector message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.TestVector & lafs.storage.v1.TestVector.$Shape} TestVector
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.TestVector & lafs.storage.v1.TestVector.$Shape;
            }

            namespace TestVector {

                /** Properties of a TestVector. */
                interface $Properties {

                    /** TestVector offset */
                    offset?: (number|null);

                    /** TestVector length */
                    length?: (number|null);

                    /** TestVector specimen */
                    specimen?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TestVector. */
                type $Shape = lafs.storage.v1.TestVector.$Properties;
            }

            /**
             * Properties of a WriteVector.
             * @deprecated Use lafs.storage.v1.WriteVector.$Properties instead.
             */
            interface IWriteVector extends lafs.storage.v1.WriteVector.$Properties {
            }

            /** Represents a WriteVector. */
            class WriteVector {

                /**
                 * Constructs a new WriteVector.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.WriteVector.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WriteVector offset. */
                offset: number;

                /** WriteVector data. */
                data: Uint8Array;

                /**
                 * Creates a new WriteVector instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WriteVector instance
                 */
                static create(properties: lafs.storage.v1.WriteVector.$Shape): lafs.storage.v1.WriteVector & lafs.storage.v1.WriteVector.$Shape;
                static create(properties?: lafs.storage.v1.WriteVector.$Properties): lafs.storage.v1.WriteVector;

                /**
                 * Encodes the specified WriteVector message. Does not implicitly {@link lafs.storage.v1.WriteVector.verify|verify} messages.
                 * @param message WriteVector message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.WriteVector.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WriteVector message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.WriteVector & lafs.storage.v1.WriteVector.$Shape} WriteVector
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.WriteVector & lafs.storage.v1.WriteVector.$Shape;
            }

            namespace WriteVector {

                /** Properties of a WriteVector. */
                interface $Properties {

                    /** WriteVector offset */
                    offset?: (number|null);

                    /** WriteVector data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WriteVector. */
                type $Shape = lafs.storage.v1.WriteVector.$Properties;
            }

            /**
             * Properties of a ShareReadData.
             * @deprecated Use lafs.storage.v1.ShareReadData.$Properties instead.
             */
            interface IShareReadData extends lafs.storage.v1.ShareReadData.$Properties {
            }

            /** Represents a ShareReadData. */
            class ShareReadData {

                /**
                 * Constructs a new ShareReadData.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.ShareReadData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShareReadData shareNumber. */
                shareNumber: number;

                /** ShareReadData data. */
                data: Uint8Array[];

                /**
                 * Creates a new ShareReadData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShareReadData instance
                 */
                static create(properties: lafs.storage.v1.ShareReadData.$Shape): lafs.storage.v1.ShareReadData & lafs.storage.v1.ShareReadData.$Shape;
                static create(properties?: lafs.storage.v1.ShareReadData.$Properties): lafs.storage.v1.ShareReadData;

                /**
                 * Encodes the specified ShareReadData message. Does not implicitly {@link lafs.storage.v1.ShareReadData.verify|verify} messages.
                 * @param message ShareReadData message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.ShareReadData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShareReadData message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ShareReadData & lafs.storage.v1.ShareReadData.$Shape} ShareReadData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.ShareReadData & lafs.storage.v1.ShareReadData.$Shape;
            }

            namespace ShareReadData {

                /** Properties of a ShareReadData. */
                interface $Properties {

                    /** ShareReadData shareNumber */
                    shareNumber?: (number|null);

                    /** ShareReadData data */
                    data?: (Uint8Array[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShareReadData. */
                type $Shape = lafs.storage.v1.ShareReadData.$Properties;
            }

            /**
             * Properties of a SlotReadvRequest.
             * @deprecated Use lafs.storage.v1.SlotReadvRequest.$Properties instead.
             */
            interface ISlotReadvRequest extends lafs.storage.v1.SlotReadvRequest.$Properties {
            }

            /** Represents a SlotReadvRequest. */
            class SlotReadvRequest {

                /**
                 * Constructs a new SlotReadvRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.SlotReadvRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SlotReadvRequest storageIndex. */
                storageIndex: Uint8Array;

                /** SlotReadvRequest shareNumbers. */
                shareNumbers: number[];

                /** SlotReadvRequest readVector. */
                readVector: lafs.storage.v1.ReadVector.$Properties[];

                /**
                 * Creates a new SlotReadvRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SlotReadvRequest instance
                 */
                static create(properties: lafs.storage.v1.SlotReadvRequest.$Shape): lafs.storage.v1.SlotReadvRequest & lafs.storage.v1.SlotReadvRequest.$Shape;
                static create(properties?: lafs.storage.v1.SlotReadvRequest.$Properties): lafs.storage.v1.SlotReadvRequest;

                /**
                 * Encodes the specified SlotReadvRequest message. Does not implicitly {@link lafs.storage.v1.SlotReadvRequest.verify|verify} messages.
                 * @param message SlotReadvRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.SlotReadvRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SlotReadvRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotReadvRequest & lafs.storage.v1.SlotReadvRequest.$Shape} SlotReadvRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.SlotReadvRequest & lafs.storage.v1.SlotReadvRequest.$Shape;
            }

            namespace SlotReadvRequest {

                /** Properties of a SlotReadvRequest. */
                interface $Properties {

                    /** SlotReadvRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** SlotReadvRequest shareNumbers */
                    shareNumbers?: (number[]|null);

                    /** SlotReadvRequest readVector */
                    readVector?: (lafs.storage.v1.ReadVector.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SlotReadvRequest. */
                type $Shape = lafs.storage.v1.SlotReadvRequest.$Properties;
            }

            /**
             * Properties of a SlotReadvResult.
             * @deprecated Use lafs.storage.v1.SlotReadvResult.$Properties instead.
             */
            interface ISlotReadvResult extends lafs.storage.v1.SlotReadvResult.$Properties {
            }

            /** Represents a SlotReadvResult. */
            class SlotReadvResult {

                /**
                 * Constructs a new SlotReadvResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.SlotReadvResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SlotReadvResult shares. */
                shares: lafs.storage.v1.ShareReadData.$Properties[];

                /**
                 * Creates a new SlotReadvResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SlotReadvResult instance
                 */
                static create(properties: lafs.storage.v1.SlotReadvResult.$Shape): lafs.storage.v1.SlotReadvResult & lafs.storage.v1.SlotReadvResult.$Shape;
                static create(properties?: lafs.storage.v1.SlotReadvResult.$Properties): lafs.storage.v1.SlotReadvResult;

                /**
                 * Encodes the specified SlotReadvResult message. Does not implicitly {@link lafs.storage.v1.SlotReadvResult.verify|verify} messages.
                 * @param message SlotReadvResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.SlotReadvResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SlotReadvResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotReadvResult & lafs.storage.v1.SlotReadvResult.$Shape} SlotReadvResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.SlotReadvResult & lafs.storage.v1.SlotReadvResult.$Shape;
            }

            namespace SlotReadvResult {

                /** Properties of a SlotReadvResult. */
                interface $Properties {

                    /** SlotReadvResult shares */
                    shares?: (lafs.storage.v1.ShareReadData.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SlotReadvResult. */
                type $Shape = lafs.storage.v1.SlotReadvResult.$Properties;
            }

            /**
             * Properties of a ShareTestAndWrite.
             * @deprecated Use lafs.storage.v1.ShareTestAndWrite.$Properties instead.
             */
            interface IShareTestAndWrite extends lafs.storage.v1.ShareTestAndWrite.$Properties {
            }

            /** Represents a ShareTestAndWrite. */
            class ShareTestAndWrite {

                /**
                 * Constructs a new ShareTestAndWrite.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.ShareTestAndWrite.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShareTestAndWrite shareNumber. */
                shareNumber: number;

                /** ShareTestAndWrite test. */
                test: lafs.storage.v1.TestVector.$Properties[];

                /** ShareTestAndWrite write. */
                write: lafs.storage.v1.WriteVector.$Properties[];

                /** ShareTestAndWrite newLength. */
                newLength?: (number|null);

                /**
                 * Creates a new ShareTestAndWrite instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShareTestAndWrite instance
                 */
                static create(properties: lafs.storage.v1.ShareTestAndWrite.$Shape): lafs.storage.v1.ShareTestAndWrite & lafs.storage.v1.ShareTestAndWrite.$Shape;
                static create(properties?: lafs.storage.v1.ShareTestAndWrite.$Properties): lafs.storage.v1.ShareTestAndWrite;

                /**
                 * Encodes the specified ShareTestAndWrite message. Does not implicitly {@link lafs.storage.v1.ShareTestAndWrite.verify|verify} messages.
                 * @param message ShareTestAndWrite message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.ShareTestAndWrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShareTestAndWrite message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.ShareTestAndWrite & lafs.storage.v1.ShareTestAndWrite.$Shape} ShareTestAndWrite
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.ShareTestAndWrite & lafs.storage.v1.ShareTestAndWrite.$Shape;
            }

            namespace ShareTestAndWrite {

                /** Properties of a ShareTestAndWrite. */
                interface $Properties {

                    /** ShareTestAndWrite shareNumber */
                    shareNumber?: (number|null);

                    /** ShareTestAndWrite test */
                    test?: (lafs.storage.v1.TestVector.$Properties[]|null);

                    /** ShareTestAndWrite write */
                    write?: (lafs.storage.v1.WriteVector.$Properties[]|null);

                    /** ShareTestAndWrite newLength */
                    newLength?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShareTestAndWrite. */
                type $Shape = lafs.storage.v1.ShareTestAndWrite.$Properties;
            }

            /**
             * Properties of a SlotTestvAndReadvAndWritevRequest.
             * @deprecated Use lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties instead.
             */
            interface ISlotTestvAndReadvAndWritevRequest extends lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties {
            }

            /** Represents a SlotTestvAndReadvAndWritevRequest. */
            class SlotTestvAndReadvAndWritevRequest {

                /**
                 * Constructs a new SlotTestvAndReadvAndWritevRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SlotTestvAndReadvAndWritevRequest storageIndex. */
                storageIndex: Uint8Array;

                /** SlotTestvAndReadvAndWritevRequest writeEnabler. */
                writeEnabler: Uint8Array;

                /** SlotTestvAndReadvAndWritevRequest renewSecret. */
                renewSecret: Uint8Array;

                /** SlotTestvAndReadvAndWritevRequest cancelSecret. */
                cancelSecret: Uint8Array;

                /** SlotTestvAndReadvAndWritevRequest testAndWrite. */
                testAndWrite: lafs.storage.v1.ShareTestAndWrite.$Properties[];

                /** SlotTestvAndReadvAndWritevRequest readVector. */
                readVector: lafs.storage.v1.ReadVector.$Properties[];

                /**
                 * Creates a new SlotTestvAndReadvAndWritevRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SlotTestvAndReadvAndWritevRequest instance
                 */
                static create(properties: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape): lafs.storage.v1.SlotTestvAndReadvAndWritevRequest & lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape;
                static create(properties?: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties): lafs.storage.v1.SlotTestvAndReadvAndWritevRequest;

                /**
                 * Encodes the specified SlotTestvAndReadvAndWritevRequest message. Does not implicitly {@link lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.verify|verify} messages.
                 * @param message SlotTestvAndReadvAndWritevRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SlotTestvAndReadvAndWritevRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotTestvAndReadvAndWritevRequest & lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape} SlotTestvAndReadvAndWritevRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.SlotTestvAndReadvAndWritevRequest & lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Shape;
            }

            namespace SlotTestvAndReadvAndWritevRequest {

                /** Properties of a SlotTestvAndReadvAndWritevRequest. */
                interface $Properties {

                    /** SlotTestvAndReadvAndWritevRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** SlotTestvAndReadvAndWritevRequest writeEnabler */
                    writeEnabler?: (Uint8Array|null);

                    /** SlotTestvAndReadvAndWritevRequest renewSecret */
                    renewSecret?: (Uint8Array|null);

                    /** SlotTestvAndReadvAndWritevRequest cancelSecret */
                    cancelSecret?: (Uint8Array|null);

                    /** SlotTestvAndReadvAndWritevRequest testAndWrite */
                    testAndWrite?: (lafs.storage.v1.ShareTestAndWrite.$Properties[]|null);

                    /** SlotTestvAndReadvAndWritevRequest readVector */
                    readVector?: (lafs.storage.v1.ReadVector.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SlotTestvAndReadvAndWritevRequest. */
                type $Shape = lafs.storage.v1.SlotTestvAndReadvAndWritevRequest.$Properties;
            }

            /**
             * Properties of a SlotTestvAndReadvAndWritevResult.
             * @deprecated Use lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties instead.
             */
            interface ISlotTestvAndReadvAndWritevResult extends lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties {
            }

            /** Represents a SlotTestvAndReadvAndWritevResult. */
            class SlotTestvAndReadvAndWritevResult {

                /**
                 * Constructs a new SlotTestvAndReadvAndWritevResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SlotTestvAndReadvAndWritevResult success. */
                success: boolean;

                /** SlotTestvAndReadvAndWritevResult shares. */
                shares: lafs.storage.v1.ShareReadData.$Properties[];

                /**
                 * Creates a new SlotTestvAndReadvAndWritevResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SlotTestvAndReadvAndWritevResult instance
                 */
                static create(properties: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape): lafs.storage.v1.SlotTestvAndReadvAndWritevResult & lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape;
                static create(properties?: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties): lafs.storage.v1.SlotTestvAndReadvAndWritevResult;

                /**
                 * Encodes the specified SlotTestvAndReadvAndWritevResult message. Does not implicitly {@link lafs.storage.v1.SlotTestvAndReadvAndWritevResult.verify|verify} messages.
                 * @param message SlotTestvAndReadvAndWritevResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SlotTestvAndReadvAndWritevResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.SlotTestvAndReadvAndWritevResult & lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape} SlotTestvAndReadvAndWritevResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.SlotTestvAndReadvAndWritevResult & lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Shape;
            }

            namespace SlotTestvAndReadvAndWritevResult {

                /** Properties of a SlotTestvAndReadvAndWritevResult. */
                interface $Properties {

                    /** SlotTestvAndReadvAndWritevResult success */
                    success?: (boolean|null);

                    /** SlotTestvAndReadvAndWritevResult shares */
                    shares?: (lafs.storage.v1.ShareReadData.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SlotTestvAndReadvAndWritevResult. */
                type $Shape = lafs.storage.v1.SlotTestvAndReadvAndWritevResult.$Properties;
            }

            /**
             * Properties of an AddLeaseRequest.
             * @deprecated Use lafs.storage.v1.AddLeaseRequest.$Properties instead.
             */
            interface IAddLeaseRequest extends lafs.storage.v1.AddLeaseRequest.$Properties {
            }

            /** Represents an AddLeaseRequest. */
            class AddLeaseRequest {

                /**
                 * Constructs a new AddLeaseRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AddLeaseRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AddLeaseRequest storageIndex. */
                storageIndex: Uint8Array;

                /** AddLeaseRequest renewSecret. */
                renewSecret: Uint8Array;

                /** AddLeaseRequest cancelSecret. */
                cancelSecret: Uint8Array;

                /**
                 * Creates a new AddLeaseRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddLeaseRequest instance
                 */
                static create(properties: lafs.storage.v1.AddLeaseRequest.$Shape): lafs.storage.v1.AddLeaseRequest & lafs.storage.v1.AddLeaseRequest.$Shape;
                static create(properties?: lafs.storage.v1.AddLeaseRequest.$Properties): lafs.storage.v1.AddLeaseRequest;

                /**
                 * Encodes the specified AddLeaseRequest message. Does not implicitly {@link lafs.storage.v1.AddLeaseRequest.verify|verify} messages.
                 * @param message AddLeaseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AddLeaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddLeaseRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AddLeaseRequest & lafs.storage.v1.AddLeaseRequest.$Shape} AddLeaseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AddLeaseRequest & lafs.storage.v1.AddLeaseRequest.$Shape;
            }

            namespace AddLeaseRequest {

                /** Properties of an AddLeaseRequest. */
                interface $Properties {

                    /** AddLeaseRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** AddLeaseRequest renewSecret */
                    renewSecret?: (Uint8Array|null);

                    /** AddLeaseRequest cancelSecret */
                    cancelSecret?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddLeaseRequest. */
                type $Shape = lafs.storage.v1.AddLeaseRequest.$Properties;
            }

            /**
             * Properties of an AddLeaseResult.
             * @deprecated Use lafs.storage.v1.AddLeaseResult.$Properties instead.
             */
            interface IAddLeaseResult extends lafs.storage.v1.AddLeaseResult.$Properties {
            }

            /** Represents an AddLeaseResult. */
            class AddLeaseResult {

                /**
                 * Constructs a new AddLeaseResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AddLeaseResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AddLeaseResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddLeaseResult instance
                 */
                static create(properties: lafs.storage.v1.AddLeaseResult.$Shape): lafs.storage.v1.AddLeaseResult & lafs.storage.v1.AddLeaseResult.$Shape;
                static create(properties?: lafs.storage.v1.AddLeaseResult.$Properties): lafs.storage.v1.AddLeaseResult;

                /**
                 * Encodes the specified AddLeaseResult message. Does not implicitly {@link lafs.storage.v1.AddLeaseResult.verify|verify} messages.
                 * @param message AddLeaseResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AddLeaseResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddLeaseResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AddLeaseResult & lafs.storage.v1.AddLeaseResult.$Shape} AddLeaseResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AddLeaseResult & lafs.storage.v1.AddLeaseResult.$Shape;
            }

            namespace AddLeaseResult {

                /** Properties of an AddLeaseResult. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AddLeaseResult. */
                type $Shape = lafs.storage.v1.AddLeaseResult.$Properties;
            }

            /**
             * Properties of a RenewLeaseRequest.
             * @deprecated Use lafs.storage.v1.RenewLeaseRequest.$Properties instead.
             */
            interface IRenewLeaseRequest extends lafs.storage.v1.RenewLeaseRequest.$Properties {
            }

            /** Represents a RenewLeaseRequest. */
            class RenewLeaseRequest {

                /**
                 * Constructs a new RenewLeaseRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.RenewLeaseRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RenewLeaseRequest storageIndex. */
                storageIndex: Uint8Array;

                /** RenewLeaseRequest renewSecret. */
                renewSecret: Uint8Array;

                /**
                 * Creates a new RenewLeaseRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RenewLeaseRequest instance
                 */
                static create(properties: lafs.storage.v1.RenewLeaseRequest.$Shape): lafs.storage.v1.RenewLeaseRequest & lafs.storage.v1.RenewLeaseRequest.$Shape;
                static create(properties?: lafs.storage.v1.RenewLeaseRequest.$Properties): lafs.storage.v1.RenewLeaseRequest;

                /**
                 * Encodes the specified RenewLeaseRequest message. Does not implicitly {@link lafs.storage.v1.RenewLeaseRequest.verify|verify} messages.
                 * @param message RenewLeaseRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.RenewLeaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RenewLeaseRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.RenewLeaseRequest & lafs.storage.v1.RenewLeaseRequest.$Shape} RenewLeaseRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.RenewLeaseRequest & lafs.storage.v1.RenewLeaseRequest.$Shape;
            }

            namespace RenewLeaseRequest {

                /** Properties of a RenewLeaseRequest. */
                interface $Properties {

                    /** RenewLeaseRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** RenewLeaseRequest renewSecret */
                    renewSecret?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RenewLeaseRequest. */
                type $Shape = lafs.storage.v1.RenewLeaseRequest.$Properties;
            }

            /**
             * Properties of a RenewLeaseResult.
             * @deprecated Use lafs.storage.v1.RenewLeaseResult.$Properties instead.
             */
            interface IRenewLeaseResult extends lafs.storage.v1.RenewLeaseResult.$Properties {
            }

            /** Represents a RenewLeaseResult. */
            class RenewLeaseResult {

                /**
                 * Constructs a new RenewLeaseResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.RenewLeaseResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new RenewLeaseResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RenewLeaseResult instance
                 */
                static create(properties: lafs.storage.v1.RenewLeaseResult.$Shape): lafs.storage.v1.RenewLeaseResult & lafs.storage.v1.RenewLeaseResult.$Shape;
                static create(properties?: lafs.storage.v1.RenewLeaseResult.$Properties): lafs.storage.v1.RenewLeaseResult;

                /**
                 * Encodes the specified RenewLeaseResult message. Does not implicitly {@link lafs.storage.v1.RenewLeaseResult.verify|verify} messages.
                 * @param message RenewLeaseResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.RenewLeaseResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RenewLeaseResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.RenewLeaseResult & lafs.storage.v1.RenewLeaseResult.$Shape} RenewLeaseResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.RenewLeaseResult & lafs.storage.v1.RenewLeaseResult.$Shape;
            }

            namespace RenewLeaseResult {

                /** Properties of a RenewLeaseResult. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RenewLeaseResult. */
                type $Shape = lafs.storage.v1.RenewLeaseResult.$Properties;
            }

            /** ShareType enum. */
            enum ShareType {

                /** SHARE_TYPE_UNSPECIFIED value */
                SHARE_TYPE_UNSPECIFIED = 0,

                /** IMMUTABLE value */
                IMMUTABLE = 1,

                /** MUTABLE value */
                MUTABLE = 2
            }

            /**
             * Properties of an AdviseCorruptShareRequest.
             * @deprecated Use lafs.storage.v1.AdviseCorruptShareRequest.$Properties instead.
             */
            interface IAdviseCorruptShareRequest extends lafs.storage.v1.AdviseCorruptShareRequest.$Properties {
            }

            /** Represents an AdviseCorruptShareRequest. */
            class AdviseCorruptShareRequest {

                /**
                 * Constructs a new AdviseCorruptShareRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AdviseCorruptShareRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AdviseCorruptShareRequest shareType. */
                shareType: lafs.storage.v1.ShareType;

                /** AdviseCorruptShareRequest storageIndex. */
                storageIndex: Uint8Array;

                /** AdviseCorruptShareRequest shareNumber. */
                shareNumber: number;

                /** AdviseCorruptShareRequest reason. */
                reason: string;

                /**
                 * Creates a new AdviseCorruptShareRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AdviseCorruptShareRequest instance
                 */
                static create(properties: lafs.storage.v1.AdviseCorruptShareRequest.$Shape): lafs.storage.v1.AdviseCorruptShareRequest & lafs.storage.v1.AdviseCorruptShareRequest.$Shape;
                static create(properties?: lafs.storage.v1.AdviseCorruptShareRequest.$Properties): lafs.storage.v1.AdviseCorruptShareRequest;

                /**
                 * Encodes the specified AdviseCorruptShareRequest message. Does not implicitly {@link lafs.storage.v1.AdviseCorruptShareRequest.verify|verify} messages.
                 * @param message AdviseCorruptShareRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AdviseCorruptShareRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AdviseCorruptShareRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AdviseCorruptShareRequest & lafs.storage.v1.AdviseCorruptShareRequest.$Shape} AdviseCorruptShareRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AdviseCorruptShareRequest & lafs.storage.v1.AdviseCorruptShareRequest.$Shape;
            }

            namespace AdviseCorruptShareRequest {

                /** Properties of an AdviseCorruptShareRequest. */
                interface $Properties {

                    /** AdviseCorruptShareRequest shareType */
                    shareType?: (lafs.storage.v1.ShareType|null);

                    /** AdviseCorruptShareRequest storageIndex */
                    storageIndex?: (Uint8Array|null);

                    /** AdviseCorruptShareRequest shareNumber */
                    shareNumber?: (number|null);

                    /** AdviseCorruptShareRequest reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AdviseCorruptShareRequest. */
                type $Shape = lafs.storage.v1.AdviseCorruptShareRequest.$Properties;
            }

            /**
             * Properties of an AdviseCorruptShareResult.
             * @deprecated Use lafs.storage.v1.AdviseCorruptShareResult.$Properties instead.
             */
            interface IAdviseCorruptShareResult extends lafs.storage.v1.AdviseCorruptShareResult.$Properties {
            }

            /** Represents an AdviseCorruptShareResult. */
            class AdviseCorruptShareResult {

                /**
                 * Constructs a new AdviseCorruptShareResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: lafs.storage.v1.AdviseCorruptShareResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AdviseCorruptShareResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AdviseCorruptShareResult instance
                 */
                static create(properties: lafs.storage.v1.AdviseCorruptShareResult.$Shape): lafs.storage.v1.AdviseCorruptShareResult & lafs.storage.v1.AdviseCorruptShareResult.$Shape;
                static create(properties?: lafs.storage.v1.AdviseCorruptShareResult.$Properties): lafs.storage.v1.AdviseCorruptShareResult;

                /**
                 * Encodes the specified AdviseCorruptShareResult message. Does not implicitly {@link lafs.storage.v1.AdviseCorruptShareResult.verify|verify} messages.
                 * @param message AdviseCorruptShareResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: lafs.storage.v1.AdviseCorruptShareResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AdviseCorruptShareResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {lafs.storage.v1.AdviseCorruptShareResult & lafs.storage.v1.AdviseCorruptShareResult.$Shape} AdviseCorruptShareResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.storage.v1.AdviseCorruptShareResult & lafs.storage.v1.AdviseCorruptShareResult.$Shape;
            }

            namespace AdviseCorruptShareResult {

                /** Properties of an AdviseCorruptShareResult. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AdviseCorruptShareResult. */
                type $Shape = lafs.storage.v1.AdviseCorruptShareResult.$Properties;
            }
        }
    }
}
