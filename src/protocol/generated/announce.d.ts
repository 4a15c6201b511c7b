import * as $protobuf from "protobufjs/minimal.js";

/** Namespace lafs. */
export namespace lafs {

    /** Namespace announce. */
    namespace announce {

        /**
         * Properties of an Announcement.
         * @deprecated Use lafs.announce.Announcement.$Properties instead.
         */
        interface IAnnouncement extends lafs.announce.Announcement.$Properties {
        }

        /** Represents an Announcement. */
        class Announcement {

            /**
             * Constructs a new Announcement.
             * @param [properties] Properties to set
             */
            constructor(properties?: lafs.announce.Announcement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Announcement publicKey. */
            publicKey: Uint8Array;

            /** Announcement addresses. */
            addresses: Uint8Array[];

            /** Announcement nickname. */
            nickname: string;

            /** Announcement version. */
            version: string;

            /** Announcement availableSpace. */
            availableSpace: number;

            /** Announcement maximumImmutableShareSize. */
            maximumImmutableShareSize: number;

            /** Announcement seqnum. */
            seqnum: number;

            /** Announcement timestamp. */
            timestamp: number;

            /**
             * Creates a new Announcement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Announcement instance
             */
            static create(properties: lafs.announce.Announcement.$Shape): lafs.announce.Announcement & lafs.announce.Announcement.$Shape;
            static create(properties?: lafs.announce.Announcement.$Properties): lafs.announce.Announcement;

            /**
             * Encodes the specified Announcement message. Does not implicitly {@link lafs.announce.Announcement.verify|verify} messages.
             * @param message Announcement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lafs.announce.Announcement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Announcement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lafs.announce.Announcement & lafs.announce.Announcement.$Shape} Announcement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.announce.Announcement & lafs.announce.Announcement.$Shape;
        }

        namespace Announcement {

            /** Properties of an Announcement. */
            interface $Properties {

                /** Announcement publicKey */
                publicKey?: (Uint8Array|null);

                /** Announcement addresses */
                addresses?: (Uint8Array[]|null);

                /** Announcement nickname */
                nickname?: (string|null);

                /** Announcement version */
                version?: (string|null);

                /** Announcement availableSpace */
                availableSpace?: (number|null);

                /** Announcement maximumImmutableShareSize */
                maximumImmutableShareSize?: (number|null);

                /** Announcement seqnum */
                seqnum?: (number|null);

                /** Announcement timestamp */
                timestamp?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Announcement. */
            type $Shape = lafs.announce.Announcement.$Properties;
        }

        /**
         * Properties of a SignedAnnouncement.
         * @deprecated Use lafs.announce.SignedAnnouncement.$Properties instead.
         */
        interface ISignedAnnouncement extends lafs.announce.SignedAnnouncement.$Properties {
        }

        /** Represents a SignedAnnouncement. */
        class SignedAnnouncement {

            /**
             * Constructs a new SignedAnnouncement.
             * @param [properties] Properties to set
             */
            constructor(properties?: lafs.announce.SignedAnnouncement.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedAnnouncement body. */
            body: Uint8Array;

            /** SignedAnnouncement signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedAnnouncement instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedAnnouncement instance
             */
            static create(properties: lafs.announce.SignedAnnouncement.$Shape): lafs.announce.SignedAnnouncement & lafs.announce.SignedAnnouncement.$Shape;
            static create(properties?: lafs.announce.SignedAnnouncement.$Properties): lafs.announce.SignedAnnouncement;

            /**
             * Encodes the specified SignedAnnouncement message. Does not implicitly {@link lafs.announce.SignedAnnouncement.verify|verify} messages.
             * @param message SignedAnnouncement message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lafs.announce.SignedAnnouncement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedAnnouncement message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lafs.announce.SignedAnnouncement & lafs.announce.SignedAnnouncement.$Shape} SignedAnnouncement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lafs.announce.SignedAnnouncement & lafs.announce.SignedAnnouncement.$Shape;
        }

        namespace SignedAnnouncement {

            /** Properties of a SignedAnnouncement. */
            interface $Properties {

                /** SignedAnnouncement body */
                body?: (Uint8Array|null);

                /** SignedAnnouncement signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedAnnouncement. */
            type $Shape = lafs.announce.SignedAnnouncement.$Properties;
        }
    }
}
