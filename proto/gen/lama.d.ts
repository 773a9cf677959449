import * as $protobuf from "protobufjs";

/** Namespace lama. */
export namespace lama {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Sealed.
         * @deprecated Use lama.v1.Sealed.$Properties instead.
         */
        interface ISealed extends lama.v1.Sealed.$Properties {
        }

        /** Represents a Sealed. */
        class Sealed {

            /**
             * Constructs a new Sealed.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Sealed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sealed senderId. */
            senderId: string;

            /** Sealed sentAtMs. */
            sentAtMs: number;

            /** Sealed epoch. */
            epoch: number;

            /** Sealed seq. */
            seq: number;

            /** Sealed announce. */
            announce?: (lama.v1.Announce.$Properties|null);

            /** Sealed grandAnnounce. */
            grandAnnounce?: (lama.v1.GrandAnnounce.$Properties|null);

            /** Sealed discovered. */
            discovered?: (lama.v1.Discovered.$Properties|null);

            /** Sealed register. */
            register?: (lama.v1.RegisterRequest.$Properties|null);

            /** Sealed registerReply. */
            registerReply?: (lama.v1.RegisterReply.$Properties|null);

            /** Sealed renew. */
            renew?: (lama.v1.RenewRequest.$Properties|null);

            /** Sealed renewReply. */
            renewReply?: (lama.v1.RenewReply.$Properties|null);

            /** Sealed cancel. */
            cancel?: (lama.v1.CancelRequest.$Properties|null);

            /** Sealed cancelReply. */
            cancelReply?: (lama.v1.CancelReply.$Properties|null);

            /** Sealed signal. */
            signal?: (lama.v1.Signal.$Properties|null);

            /** Sealed body. */
            body?: ("announce"|"grandAnnounce"|"discovered"|"register"|"registerReply"|"renew"|"renewReply"|"cancel"|"cancelReply"|"signal");

            /**
             * Creates a new Sealed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sealed instance
             */
            static create(properties: lama.v1.Sealed.$Shape): lama.v1.Sealed & lama.v1.Sealed.$Shape;
            static create(properties?: lama.v1.Sealed.$Properties): lama.v1.Sealed;

            /**
             * Encodes the specified Sealed message. Does not implicitly {@link lama.v1.Sealed.verify|verify} messages.
             * @param message Sealed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Sealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Sealed message, length delimited. Does not implicitly {@link lama.v1.Sealed.verify|verify} messages.
             * @param message Sealed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Sealed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sealed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Sealed & lama.v1.Sealed.$Shape} Sealed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Sealed & lama.v1.Sealed.$Shape;

            /**
             * Decodes a Sealed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Sealed & lama.v1.Sealed.$Shape} Sealed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Sealed & lama.v1.Sealed.$Shape;

            /**
             * Verifies a Sealed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Sealed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sealed
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Sealed;

            /**
             * Creates a plain object from a Sealed message. Also converts values to other types if specified.
             * @param message Sealed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Sealed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sealed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Sealed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Sealed {

            /** Properties of a Sealed. */
            interface $Properties {

                /** Sealed senderId */
                senderId?: (string|null);

                /** Sealed sentAtMs */
                sentAtMs?: (number|null);

                /** Sealed epoch */
                epoch?: (number|null);

                /** Sealed seq */
                seq?: (number|null);

                /** Sealed announce */
                announce?: (lama.v1.Announce.$Properties|null);

                /** Sealed grandAnnounce */
                grandAnnounce?: (lama.v1.GrandAnnounce.$Properties|null);

                /** Sealed discovered */
                discovered?: (lama.v1.Discovered.$Properties|null);

                /** Sealed register */
                register?: (lama.v1.RegisterRequest.$Properties|null);

                /** Sealed registerReply */
                registerReply?: (lama.v1.RegisterReply.$Properties|null);

                /** Sealed renew */
                renew?: (lama.v1.RenewRequest.$Properties|null);

                /** Sealed renewReply */
                renewReply?: (lama.v1.RenewReply.$Properties|null);

                /** Sealed cancel */
                cancel?: (lama.v1.CancelRequest.$Properties|null);

                /** Sealed cancelReply */
                cancelReply?: (lama.v1.CancelReply.$Properties|null);

                /** Sealed signal */
                signal?: (lama.v1.Signal.$Properties|null);

                /** Sealed body */
                body?: ("announce"|"grandAnnounce"|"discovered"|"register"|"registerReply"|"renew"|"renewReply"|"cancel"|"cancelReply"|"signal");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Sealed. */
            type $Shape = {
              senderId?: string|null;
              sentAtMs?: number|null;
              epoch?: number|null;
              seq?: number|null;
              announce?: lama.v1.Announce.$Shape|null;
              grandAnnounce?: lama.v1.GrandAnnounce.$Shape|null;
              discovered?: lama.v1.Discovered.$Shape|null;
              register?: lama.v1.RegisterRequest.$Shape|null;
              registerReply?: lama.v1.RegisterReply.$Shape|null;
              renew?: lama.v1.RenewRequest.$Shape|null;
              renewReply?: lama.v1.RenewReply.$Shape|null;
              cancel?: lama.v1.CancelRequest.$Shape|null;
              cancelReply?: lama.v1.CancelReply.$Shape|null;
              signal?: lama.v1.Signal.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; announce?: null; grandAnnounce?: null; discovered?: null; register?: null; registerReply?: null; renew?: null; renewReply?: null; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "announce"; announce: lama.v1.Announce.$Shape; grandAnnounce?: null; discovered?: null; register?: null; registerReply?: null; renew?: null; renewReply?: null; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "grandAnnounce"; announce?: null; grandAnnounce: lama.v1.GrandAnnounce.$Shape; discovered?: null; register?: null; registerReply?: null; renew?: null; renewReply?: null; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "discovered"; announce?: null; grandAnnounce?: null; discovered: lama.v1.Discovered.$Shape; register?: null; registerReply?: null; renew?: null; renewReply?: null; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "register"; announce?: null; grandAnnounce?: null; discovered?: null; register: lama.v1.RegisterRequest.$Shape; registerReply?: null; renew?: null; renewReply?: null; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "registerReply"; announce?: null; grandAnnounce?: null; discovered?: null; register?: null; registerReply: lama.v1.RegisterReply.$Shape; renew?: null; renewReply?: null; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "renew"; announce?: null; grandAnnounce?: null; discovered?: null; register?: null; registerReply?: null; renew: lama.v1.RenewRequest.$Shape; renewReply?: null; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "renewReply"; announce?: null; grandAnnounce?: null; discovered?: null; register?: null; registerReply?: null; renew?: null; renewReply: lama.v1.RenewReply.$Shape; cancel?: null; cancelReply?: null; signal?: null }|{ body?: "cancel"; announce?: null; grandAnnounce?: null; discovered?: null; register?: null; registerReply?: null; renew?: null; renewReply?: null; cancel: lama.v1.CancelRequest.$Shape; cancelReply?: null; signal?: null }|{ body?: "cancelReply"; announce?: null; grandAnnounce?: null; discovered?: null; register?: null; registerReply?: null; renew?: null; renewReply?: null; cancel?: null; cancelReply: lama.v1.CancelReply.$Shape; signal?: null }|{ body?: "signal"; announce?: null; grandAnnounce?: null; discovered?: null; register?: null; registerReply?: null; renew?: null; renewReply?: null; cancel?: null; cancelReply?: null; signal: lama.v1.Signal.$Shape })
            );
        }

        /**
         * Properties of an Announce.
         * @deprecated Use lama.v1.Announce.$Properties instead.
         */
        interface IAnnounce extends lama.v1.Announce.$Properties {
        }

        /** Represents an Announce. */
        class Announce {

            /**
             * Constructs a new Announce.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Announce.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Announce item. */
            item?: (lama.v1.ServiceItem.$Properties|null);

            /** Announce attempt. */
            attempt: number;

            /**
             * Creates a new Announce instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Announce instance
             */
            static create(properties: lama.v1.Announce.$Shape): lama.v1.Announce & lama.v1.Announce.$Shape;
            static create(properties?: lama.v1.Announce.$Properties): lama.v1.Announce;

            /**
             * Encodes the specified Announce message. Does not implicitly {@link lama.v1.Announce.verify|verify} messages.
             * @param message Announce message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Announce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Announce message, length delimited. Does not implicitly {@link lama.v1.Announce.verify|verify} messages.
             * @param message Announce message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Announce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Announce message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Announce & lama.v1.Announce.$Shape} Announce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Announce & lama.v1.Announce.$Shape;

            /**
             * Decodes an Announce message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Announce & lama.v1.Announce.$Shape} Announce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Announce & lama.v1.Announce.$Shape;

            /**
             * Verifies an Announce message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Announce message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Announce
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Announce;

            /**
             * Creates a plain object from an Announce message. Also converts values to other types if specified.
             * @param message Announce
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Announce, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Announce to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Announce
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Announce {

            /** Properties of an Announce. */
            interface $Properties {

                /** Announce item */
                item?: (lama.v1.ServiceItem.$Properties|null);

                /** Announce attempt */
                attempt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Announce. */
            type $Shape = lama.v1.Announce.$Properties;
        }

        /**
         * Properties of a GrandAnnounce.
         * @deprecated Use lama.v1.GrandAnnounce.$Properties instead.
         */
        interface IGrandAnnounce extends lama.v1.GrandAnnounce.$Properties {
        }

        /** Represents a GrandAnnounce. */
        class GrandAnnounce {

            /**
             * Constructs a new GrandAnnounce.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.GrandAnnounce.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GrandAnnounce grandId. */
            grandId: string;

            /** GrandAnnounce epoch. */
            epoch: number;

            /** GrandAnnounce endpoints. */
            endpoints: string[];

            /** GrandAnnounce policy. */
            policy?: (lama.v1.LeasePolicy.$Properties|null);

            /** GrandAnnounce version. */
            version: string;

            /**
             * Creates a new GrandAnnounce instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GrandAnnounce instance
             */
            static create(properties: lama.v1.GrandAnnounce.$Shape): lama.v1.GrandAnnounce & lama.v1.GrandAnnounce.$Shape;
            static create(properties?: lama.v1.GrandAnnounce.$Properties): lama.v1.GrandAnnounce;

            /**
             * Encodes the specified GrandAnnounce message. Does not implicitly {@link lama.v1.GrandAnnounce.verify|verify} messages.
             * @param message GrandAnnounce message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.GrandAnnounce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GrandAnnounce message, length delimited. Does not implicitly {@link lama.v1.GrandAnnounce.verify|verify} messages.
             * @param message GrandAnnounce message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.GrandAnnounce.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GrandAnnounce message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.GrandAnnounce & lama.v1.GrandAnnounce.$Shape} GrandAnnounce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.GrandAnnounce & lama.v1.GrandAnnounce.$Shape;

            /**
             * Decodes a GrandAnnounce message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.GrandAnnounce & lama.v1.GrandAnnounce.$Shape} GrandAnnounce
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.GrandAnnounce & lama.v1.GrandAnnounce.$Shape;

            /**
             * Verifies a GrandAnnounce message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GrandAnnounce message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GrandAnnounce
             */
            static fromObject(object: { [k: string]: any }): lama.v1.GrandAnnounce;

            /**
             * Creates a plain object from a GrandAnnounce message. Also converts values to other types if specified.
             * @param message GrandAnnounce
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.GrandAnnounce, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GrandAnnounce to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GrandAnnounce
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GrandAnnounce {

            /** Properties of a GrandAnnounce. */
            interface $Properties {

                /** GrandAnnounce grandId */
                grandId?: (string|null);

                /** GrandAnnounce epoch */
                epoch?: (number|null);

                /** GrandAnnounce endpoints */
                endpoints?: (string[]|null);

                /** GrandAnnounce policy */
                policy?: (lama.v1.LeasePolicy.$Properties|null);

                /** GrandAnnounce version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GrandAnnounce. */
            type $Shape = lama.v1.GrandAnnounce.$Properties;
        }

        /**
         * Properties of a Discovered.
         * @deprecated Use lama.v1.Discovered.$Properties instead.
         */
        interface IDiscovered extends lama.v1.Discovered.$Properties {
        }

        /** Represents a Discovered. */
        class Discovered {

            /**
             * Constructs a new Discovered.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Discovered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Discovered grandId. */
            grandId: string;

            /** Discovered epoch. */
            epoch: number;

            /** Discovered endpoints. */
            endpoints: string[];

            /** Discovered policy. */
            policy?: (lama.v1.LeasePolicy.$Properties|null);

            /**
             * Creates a new Discovered instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Discovered instance
             */
            static create(properties: lama.v1.Discovered.$Shape): lama.v1.Discovered & lama.v1.Discovered.$Shape;
            static create(properties?: lama.v1.Discovered.$Properties): lama.v1.Discovered;

            /**
             * Encodes the specified Discovered message. Does not implicitly {@link lama.v1.Discovered.verify|verify} messages.
             * @param message Discovered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Discovered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Discovered message, length delimited. Does not implicitly {@link lama.v1.Discovered.verify|verify} messages.
             * @param message Discovered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Discovered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Discovered message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Discovered & lama.v1.Discovered.$Shape} Discovered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Discovered & lama.v1.Discovered.$Shape;

            /**
             * Decodes a Discovered message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Discovered & lama.v1.Discovered.$Shape} Discovered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Discovered & lama.v1.Discovered.$Shape;

            /**
             * Verifies a Discovered message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Discovered message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Discovered
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Discovered;

            /**
             * Creates a plain object from a Discovered message. Also converts values to other types if specified.
             * @param message Discovered
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Discovered, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Discovered to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Discovered
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Discovered {

            /** Properties of a Discovered. */
            interface $Properties {

                /** Discovered grandId */
                grandId?: (string|null);

                /** Discovered epoch */
                epoch?: (number|null);

                /** Discovered endpoints */
                endpoints?: (string[]|null);

                /** Discovered policy */
                policy?: (lama.v1.LeasePolicy.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Discovered. */
            type $Shape = lama.v1.Discovered.$Properties;
        }

        /**
         * Properties of a LeasePolicy.
         * @deprecated Use lama.v1.LeasePolicy.$Properties instead.
         */
        interface ILeasePolicy extends lama.v1.LeasePolicy.$Properties {
        }

        /** Represents a LeasePolicy. */
        class LeasePolicy {

            /**
             * Constructs a new LeasePolicy.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.LeasePolicy.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeasePolicy minLeaseMs. */
            minLeaseMs: number;

            /** LeasePolicy maxLeaseMs. */
            maxLeaseMs: number;

            /** LeasePolicy renewEveryMs. */
            renewEveryMs: number;

            /**
             * Creates a new LeasePolicy instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeasePolicy instance
             */
            static create(properties: lama.v1.LeasePolicy.$Shape): lama.v1.LeasePolicy & lama.v1.LeasePolicy.$Shape;
            static create(properties?: lama.v1.LeasePolicy.$Properties): lama.v1.LeasePolicy;

            /**
             * Encodes the specified LeasePolicy message. Does not implicitly {@link lama.v1.LeasePolicy.verify|verify} messages.
             * @param message LeasePolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.LeasePolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeasePolicy message, length delimited. Does not implicitly {@link lama.v1.LeasePolicy.verify|verify} messages.
             * @param message LeasePolicy message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.LeasePolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeasePolicy message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.LeasePolicy & lama.v1.LeasePolicy.$Shape} LeasePolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.LeasePolicy & lama.v1.LeasePolicy.$Shape;

            /**
             * Decodes a LeasePolicy message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.LeasePolicy & lama.v1.LeasePolicy.$Shape} LeasePolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.LeasePolicy & lama.v1.LeasePolicy.$Shape;

            /**
             * Verifies a LeasePolicy message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeasePolicy message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeasePolicy
             */
            static fromObject(object: { [k: string]: any }): lama.v1.LeasePolicy;

            /**
             * Creates a plain object from a LeasePolicy message. Also converts values to other types if specified.
             * @param message LeasePolicy
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.LeasePolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeasePolicy to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeasePolicy
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeasePolicy {

            /** Properties of a LeasePolicy. */
            interface $Properties {

                /** LeasePolicy minLeaseMs */
                minLeaseMs?: (number|null);

                /** LeasePolicy maxLeaseMs */
                maxLeaseMs?: (number|null);

                /** LeasePolicy renewEveryMs */
                renewEveryMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeasePolicy. */
            type $Shape = lama.v1.LeasePolicy.$Properties;
        }

        /**
         * Properties of a ServiceItem.
         * @deprecated Use lama.v1.ServiceItem.$Properties instead.
         */
        interface IServiceItem extends lama.v1.ServiceItem.$Properties {
        }

        /** Represents a ServiceItem. */
        class ServiceItem {

            /**
             * Constructs a new ServiceItem.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.ServiceItem.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServiceItem serviceId. */
            serviceId: string;

            /** ServiceItem attributes. */
            attributes?: (lama.v1.Attributes.$Properties|null);

            /**
             * Creates a new ServiceItem instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServiceItem instance
             */
            static create(properties: lama.v1.ServiceItem.$Shape): lama.v1.ServiceItem & lama.v1.ServiceItem.$Shape;
            static create(properties?: lama.v1.ServiceItem.$Properties): lama.v1.ServiceItem;

            /**
             * Encodes the specified ServiceItem message. Does not implicitly {@link lama.v1.ServiceItem.verify|verify} messages.
             * @param message ServiceItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.ServiceItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServiceItem message, length delimited. Does not implicitly {@link lama.v1.ServiceItem.verify|verify} messages.
             * @param message ServiceItem message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.ServiceItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServiceItem message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.ServiceItem & lama.v1.ServiceItem.$Shape} ServiceItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.ServiceItem & lama.v1.ServiceItem.$Shape;

            /**
             * Decodes a ServiceItem message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.ServiceItem & lama.v1.ServiceItem.$Shape} ServiceItem
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.ServiceItem & lama.v1.ServiceItem.$Shape;

            /**
             * Verifies a ServiceItem message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServiceItem message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServiceItem
             */
            static fromObject(object: { [k: string]: any }): lama.v1.ServiceItem;

            /**
             * Creates a plain object from a ServiceItem message. Also converts values to other types if specified.
             * @param message ServiceItem
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.ServiceItem, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServiceItem to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServiceItem
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServiceItem {

            /** Properties of a ServiceItem. */
            interface $Properties {

                /** ServiceItem serviceId */
                serviceId?: (string|null);

                /** ServiceItem attributes */
                attributes?: (lama.v1.Attributes.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServiceItem. */
            type $Shape = lama.v1.ServiceItem.$Properties;
        }

        /**
         * Properties of an Attributes.
         * @deprecated Use lama.v1.Attributes.$Properties instead.
         */
        interface IAttributes extends lama.v1.Attributes.$Properties {
        }

        /** Represents an Attributes. */
        class Attributes {

            /**
             * Constructs a new Attributes.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Attributes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Attributes roles. */
            roles: string[];

            /** Attributes hostname. */
            hostname: string;

            /** Attributes addresses. */
            addresses: string[];

            /** Attributes linkCapacityBps. */
            linkCapacityBps: number;

            /** Attributes agentVersion. */
            agentVersion: string;

            /** Attributes extra. */
            extra: { [k: string]: string };

            /** Attributes adaptors. */
            adaptors: string[];

            /**
             * Creates a new Attributes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Attributes instance
             */
            static create(properties: lama.v1.Attributes.$Shape): lama.v1.Attributes & lama.v1.Attributes.$Shape;
            static create(properties?: lama.v1.Attributes.$Properties): lama.v1.Attributes;

            /**
             * Encodes the specified Attributes message. Does not implicitly {@link lama.v1.Attributes.verify|verify} messages.
             * @param message Attributes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Attributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Attributes message, length delimited. Does not implicitly {@link lama.v1.Attributes.verify|verify} messages.
             * @param message Attributes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Attributes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Attributes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Attributes & lama.v1.Attributes.$Shape} Attributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Attributes & lama.v1.Attributes.$Shape;

            /**
             * Decodes an Attributes message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Attributes & lama.v1.Attributes.$Shape} Attributes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Attributes & lama.v1.Attributes.$Shape;

            /**
             * Verifies an Attributes message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Attributes message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Attributes
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Attributes;

            /**
             * Creates a plain object from an Attributes message. Also converts values to other types if specified.
             * @param message Attributes
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Attributes, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Attributes to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Attributes
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Attributes {

            /** Properties of an Attributes. */
            interface $Properties {

                /** Attributes roles */
                roles?: (string[]|null);

                /** Attributes hostname */
                hostname?: (string|null);

                /** Attributes addresses */
                addresses?: (string[]|null);

                /** Attributes linkCapacityBps */
                linkCapacityBps?: (number|null);

                /** Attributes agentVersion */
                agentVersion?: (string|null);

                /** Attributes extra */
                extra?: ({ [k: string]: string }|null);

                /** Attributes adaptors */
                adaptors?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Attributes. */
            type $Shape = lama.v1.Attributes.$Properties;
        }

        /**
         * Properties of a RegisterRequest.
         * @deprecated Use lama.v1.RegisterRequest.$Properties instead.
         */
        interface IRegisterRequest extends lama.v1.RegisterRequest.$Properties {
        }

        /** Represents a RegisterRequest. */
        class RegisterRequest {

            /**
             * Constructs a new RegisterRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.RegisterRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegisterRequest requestId. */
            requestId: number;

            /** RegisterRequest item. */
            item?: (lama.v1.ServiceItem.$Properties|null);

            /** RegisterRequest requestedLeaseMs. */
            requestedLeaseMs: number;

            /** RegisterRequest bootId. */
            bootId: string;

            /** RegisterRequest grandEpoch. */
            grandEpoch: number;

            /**
             * Creates a new RegisterRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegisterRequest instance
             */
            static create(properties: lama.v1.RegisterRequest.$Shape): lama.v1.RegisterRequest & lama.v1.RegisterRequest.$Shape;
            static create(properties?: lama.v1.RegisterRequest.$Properties): lama.v1.RegisterRequest;

            /**
             * Encodes the specified RegisterRequest message. Does not implicitly {@link lama.v1.RegisterRequest.verify|verify} messages.
             * @param message RegisterRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.RegisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegisterRequest message, length delimited. Does not implicitly {@link lama.v1.RegisterRequest.verify|verify} messages.
             * @param message RegisterRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.RegisterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegisterRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.RegisterRequest & lama.v1.RegisterRequest.$Shape} RegisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.RegisterRequest & lama.v1.RegisterRequest.$Shape;

            /**
             * Decodes a RegisterRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.RegisterRequest & lama.v1.RegisterRequest.$Shape} RegisterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.RegisterRequest & lama.v1.RegisterRequest.$Shape;

            /**
             * Verifies a RegisterRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegisterRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegisterRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.RegisterRequest;

            /**
             * Creates a plain object from a RegisterRequest message. Also converts values to other types if specified.
             * @param message RegisterRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.RegisterRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegisterRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegisterRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterRequest {

            /** Properties of a RegisterRequest. */
            interface $Properties {

                /** RegisterRequest requestId */
                requestId?: (number|null);

                /** RegisterRequest item */
                item?: (lama.v1.ServiceItem.$Properties|null);

                /** RegisterRequest requestedLeaseMs */
                requestedLeaseMs?: (number|null);

                /** RegisterRequest bootId */
                bootId?: (string|null);

                /** RegisterRequest grandEpoch */
                grandEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegisterRequest. */
            type $Shape = lama.v1.RegisterRequest.$Properties;
        }

        /**
         * Properties of a RegisterReply.
         * @deprecated Use lama.v1.RegisterReply.$Properties instead.
         */
        interface IRegisterReply extends lama.v1.RegisterReply.$Properties {
        }

        /** Represents a RegisterReply. */
        class RegisterReply {

            /**
             * Constructs a new RegisterReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.RegisterReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegisterReply requestId. */
            requestId: number;

            /** RegisterReply status. */
            status: lama.v1.Status;

            /** RegisterReply leaseId. */
            leaseId: number;

            /** RegisterReply grantedMs. */
            grantedMs: number;

            /** RegisterReply grandId. */
            grandId: string;

            /** RegisterReply epoch. */
            epoch: number;

            /** RegisterReply error. */
            error: string;

            /**
             * Creates a new RegisterReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegisterReply instance
             */
            static create(properties: lama.v1.RegisterReply.$Shape): lama.v1.RegisterReply & lama.v1.RegisterReply.$Shape;
            static create(properties?: lama.v1.RegisterReply.$Properties): lama.v1.RegisterReply;

            /**
             * Encodes the specified RegisterReply message. Does not implicitly {@link lama.v1.RegisterReply.verify|verify} messages.
             * @param message RegisterReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.RegisterReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegisterReply message, length delimited. Does not implicitly {@link lama.v1.RegisterReply.verify|verify} messages.
             * @param message RegisterReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.RegisterReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegisterReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.RegisterReply & lama.v1.RegisterReply.$Shape} RegisterReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.RegisterReply & lama.v1.RegisterReply.$Shape;

            /**
             * Decodes a RegisterReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.RegisterReply & lama.v1.RegisterReply.$Shape} RegisterReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.RegisterReply & lama.v1.RegisterReply.$Shape;

            /**
             * Verifies a RegisterReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegisterReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegisterReply
             */
            static fromObject(object: { [k: string]: any }): lama.v1.RegisterReply;

            /**
             * Creates a plain object from a RegisterReply message. Also converts values to other types if specified.
             * @param message RegisterReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.RegisterReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegisterReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegisterReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterReply {

            /** Properties of a RegisterReply. */
            interface $Properties {

                /** RegisterReply requestId */
                requestId?: (number|null);

                /** RegisterReply status */
                status?: (lama.v1.Status|null);

                /** RegisterReply leaseId */
                leaseId?: (number|null);

                /** RegisterReply grantedMs */
                grantedMs?: (number|null);

                /** RegisterReply grandId */
                grandId?: (string|null);

                /** RegisterReply epoch */
                epoch?: (number|null);

                /** RegisterReply error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegisterReply. */
            type $Shape = lama.v1.RegisterReply.$Properties;
        }

        /**
         * Properties of a RenewRequest.
         * @deprecated Use lama.v1.RenewRequest.$Properties instead.
         */
        interface IRenewRequest extends lama.v1.RenewRequest.$Properties {
        }

        /** Represents a RenewRequest. */
        class RenewRequest {

            /**
             * Constructs a new RenewRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.RenewRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RenewRequest requestId. */
            requestId: number;

            /** RenewRequest serviceId. */
            serviceId: string;

            /** RenewRequest leaseId. */
            leaseId: number;

            /** RenewRequest requestedLeaseMs. */
            requestedLeaseMs: number;

            /** RenewRequest changedAttributes. */
            changedAttributes?: (lama.v1.Attributes.$Properties|null);

            /** RenewRequest grandEpoch. */
            grandEpoch: number;

            /**
             * Creates a new RenewRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RenewRequest instance
             */
            static create(properties: lama.v1.RenewRequest.$Shape): lama.v1.RenewRequest & lama.v1.RenewRequest.$Shape;
            static create(properties?: lama.v1.RenewRequest.$Properties): lama.v1.RenewRequest;

            /**
             * Encodes the specified RenewRequest message. Does not implicitly {@link lama.v1.RenewRequest.verify|verify} messages.
             * @param message RenewRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.RenewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RenewRequest message, length delimited. Does not implicitly {@link lama.v1.RenewRequest.verify|verify} messages.
             * @param message RenewRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.RenewRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RenewRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.RenewRequest & lama.v1.RenewRequest.$Shape} RenewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.RenewRequest & lama.v1.RenewRequest.$Shape;

            /**
             * Decodes a RenewRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.RenewRequest & lama.v1.RenewRequest.$Shape} RenewRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.RenewRequest & lama.v1.RenewRequest.$Shape;

            /**
             * Verifies a RenewRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RenewRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RenewRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.RenewRequest;

            /**
             * Creates a plain object from a RenewRequest message. Also converts values to other types if specified.
             * @param message RenewRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.RenewRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RenewRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RenewRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RenewRequest {

            /** Properties of a RenewRequest. */
            interface $Properties {

                /** RenewRequest requestId */
                requestId?: (number|null);

                /** RenewRequest serviceId */
                serviceId?: (string|null);

                /** RenewRequest leaseId */
                leaseId?: (number|null);

                /** RenewRequest requestedLeaseMs */
                requestedLeaseMs?: (number|null);

                /** RenewRequest changedAttributes */
                changedAttributes?: (lama.v1.Attributes.$Properties|null);

                /** RenewRequest grandEpoch */
                grandEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RenewRequest. */
            type $Shape = lama.v1.RenewRequest.$Properties;
        }

        /**
         * Properties of a RenewReply.
         * @deprecated Use lama.v1.RenewReply.$Properties instead.
         */
        interface IRenewReply extends lama.v1.RenewReply.$Properties {
        }

        /** Represents a RenewReply. */
        class RenewReply {

            /**
             * Constructs a new RenewReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.RenewReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RenewReply requestId. */
            requestId: number;

            /** RenewReply status. */
            status: lama.v1.Status;

            /** RenewReply grantedMs. */
            grantedMs: number;

            /** RenewReply epoch. */
            epoch: number;

            /**
             * Creates a new RenewReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RenewReply instance
             */
            static create(properties: lama.v1.RenewReply.$Shape): lama.v1.RenewReply & lama.v1.RenewReply.$Shape;
            static create(properties?: lama.v1.RenewReply.$Properties): lama.v1.RenewReply;

            /**
             * Encodes the specified RenewReply message. Does not implicitly {@link lama.v1.RenewReply.verify|verify} messages.
             * @param message RenewReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.RenewReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RenewReply message, length delimited. Does not implicitly {@link lama.v1.RenewReply.verify|verify} messages.
             * @param message RenewReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.RenewReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RenewReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.RenewReply & lama.v1.RenewReply.$Shape} RenewReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.RenewReply & lama.v1.RenewReply.$Shape;

            /**
             * Decodes a RenewReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.RenewReply & lama.v1.RenewReply.$Shape} RenewReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.RenewReply & lama.v1.RenewReply.$Shape;

            /**
             * Verifies a RenewReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RenewReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RenewReply
             */
            static fromObject(object: { [k: string]: any }): lama.v1.RenewReply;

            /**
             * Creates a plain object from a RenewReply message. Also converts values to other types if specified.
             * @param message RenewReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.RenewReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RenewReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RenewReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RenewReply {

            /** Properties of a RenewReply. */
            interface $Properties {

                /** RenewReply requestId */
                requestId?: (number|null);

                /** RenewReply status */
                status?: (lama.v1.Status|null);

                /** RenewReply grantedMs */
                grantedMs?: (number|null);

                /** RenewReply epoch */
                epoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RenewReply. */
            type $Shape = lama.v1.RenewReply.$Properties;
        }

        /**
         * Properties of a CancelRequest.
         * @deprecated Use lama.v1.CancelRequest.$Properties instead.
         */
        interface ICancelRequest extends lama.v1.CancelRequest.$Properties {
        }

        /** Represents a CancelRequest. */
        class CancelRequest {

            /**
             * Constructs a new CancelRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.CancelRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelRequest requestId. */
            requestId: number;

            /** CancelRequest serviceId. */
            serviceId: string;

            /** CancelRequest leaseId. */
            leaseId: number;

            /**
             * Creates a new CancelRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRequest instance
             */
            static create(properties: lama.v1.CancelRequest.$Shape): lama.v1.CancelRequest & lama.v1.CancelRequest.$Shape;
            static create(properties?: lama.v1.CancelRequest.$Properties): lama.v1.CancelRequest;

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link lama.v1.CancelRequest.verify|verify} messages.
             * @param message CancelRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.CancelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelRequest message, length delimited. Does not implicitly {@link lama.v1.CancelRequest.verify|verify} messages.
             * @param message CancelRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.CancelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.CancelRequest & lama.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.CancelRequest & lama.v1.CancelRequest.$Shape;

            /**
             * Decodes a CancelRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.CancelRequest & lama.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.CancelRequest & lama.v1.CancelRequest.$Shape;

            /**
             * Verifies a CancelRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.CancelRequest;

            /**
             * Creates a plain object from a CancelRequest message. Also converts values to other types if specified.
             * @param message CancelRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.CancelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelRequest {

            /** Properties of a CancelRequest. */
            interface $Properties {

                /** CancelRequest requestId */
                requestId?: (number|null);

                /** CancelRequest serviceId */
                serviceId?: (string|null);

                /** CancelRequest leaseId */
                leaseId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelRequest. */
            type $Shape = lama.v1.CancelRequest.$Properties;
        }

        /**
         * Properties of a CancelReply.
         * @deprecated Use lama.v1.CancelReply.$Properties instead.
         */
        interface ICancelReply extends lama.v1.CancelReply.$Properties {
        }

        /** Represents a CancelReply. */
        class CancelReply {

            /**
             * Constructs a new CancelReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.CancelReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelReply requestId. */
            requestId: number;

            /** CancelReply status. */
            status: lama.v1.Status;

            /**
             * Creates a new CancelReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelReply instance
             */
            static create(properties: lama.v1.CancelReply.$Shape): lama.v1.CancelReply & lama.v1.CancelReply.$Shape;
            static create(properties?: lama.v1.CancelReply.$Properties): lama.v1.CancelReply;

            /**
             * Encodes the specified CancelReply message. Does not implicitly {@link lama.v1.CancelReply.verify|verify} messages.
             * @param message CancelReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.CancelReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelReply message, length delimited. Does not implicitly {@link lama.v1.CancelReply.verify|verify} messages.
             * @param message CancelReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.CancelReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.CancelReply & lama.v1.CancelReply.$Shape} CancelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.CancelReply & lama.v1.CancelReply.$Shape;

            /**
             * Decodes a CancelReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.CancelReply & lama.v1.CancelReply.$Shape} CancelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.CancelReply & lama.v1.CancelReply.$Shape;

            /**
             * Verifies a CancelReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelReply
             */
            static fromObject(object: { [k: string]: any }): lama.v1.CancelReply;

            /**
             * Creates a plain object from a CancelReply message. Also converts values to other types if specified.
             * @param message CancelReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.CancelReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelReply {

            /** Properties of a CancelReply. */
            interface $Properties {

                /** CancelReply requestId */
                requestId?: (number|null);

                /** CancelReply status */
                status?: (lama.v1.Status|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelReply. */
            type $Shape = lama.v1.CancelReply.$Properties;
        }

        /** Status enum. */
        enum Status {

            /** STATUS_UNSPECIFIED value */
            STATUS_UNSPECIFIED = 0,

            /** STATUS_OK value */
            STATUS_OK = 1,

            /** STATUS_UNKNOWN_LEASE value */
            STATUS_UNKNOWN_LEASE = 2,

            /** STATUS_REJECTED value */
            STATUS_REJECTED = 3
        }

        /**
         * Properties of a Template.
         * @deprecated Use lama.v1.Template.$Properties instead.
         */
        interface ITemplate extends lama.v1.Template.$Properties {
        }

        /** Represents a Template. */
        class Template {

            /**
             * Constructs a new Template.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Template.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Template serviceId. */
            serviceId: string;

            /** Template roles. */
            roles: string[];

            /** Template hostname. */
            hostname: string;

            /** Template extra. */
            extra: { [k: string]: string };

            /**
             * Creates a new Template instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Template instance
             */
            static create(properties: lama.v1.Template.$Shape): lama.v1.Template & lama.v1.Template.$Shape;
            static create(properties?: lama.v1.Template.$Properties): lama.v1.Template;

            /**
             * Encodes the specified Template message. Does not implicitly {@link lama.v1.Template.verify|verify} messages.
             * @param message Template message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Template.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Template message, length delimited. Does not implicitly {@link lama.v1.Template.verify|verify} messages.
             * @param message Template message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Template.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Template message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Template & lama.v1.Template.$Shape} Template
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Template & lama.v1.Template.$Shape;

            /**
             * Decodes a Template message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Template & lama.v1.Template.$Shape} Template
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Template & lama.v1.Template.$Shape;

            /**
             * Verifies a Template message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Template message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Template
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Template;

            /**
             * Creates a plain object from a Template message. Also converts values to other types if specified.
             * @param message Template
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Template, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Template to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Template
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Template {

            /** Properties of a Template. */
            interface $Properties {

                /** Template serviceId */
                serviceId?: (string|null);

                /** Template roles */
                roles?: (string[]|null);

                /** Template hostname */
                hostname?: (string|null);

                /** Template extra */
                extra?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Template. */
            type $Shape = lama.v1.Template.$Properties;
        }

        /**
         * Properties of a Registration.
         * @deprecated Use lama.v1.Registration.$Properties instead.
         */
        interface IRegistration extends lama.v1.Registration.$Properties {
        }

        /** Represents a Registration. */
        class Registration {

            /**
             * Constructs a new Registration.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Registration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Registration item. */
            item?: (lama.v1.ServiceItem.$Properties|null);

            /** Registration leaseId. */
            leaseId: number;

            /** Registration registeredAtMs. */
            registeredAtMs: number;

            /** Registration leaseExpiresAtMs. */
            leaseExpiresAtMs: number;

            /** Registration renewals. */
            renewals: number;

            /** Registration endpoint. */
            endpoint: string;

            /**
             * Creates a new Registration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Registration instance
             */
            static create(properties: lama.v1.Registration.$Shape): lama.v1.Registration & lama.v1.Registration.$Shape;
            static create(properties?: lama.v1.Registration.$Properties): lama.v1.Registration;

            /**
             * Encodes the specified Registration message. Does not implicitly {@link lama.v1.Registration.verify|verify} messages.
             * @param message Registration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Registration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Registration message, length delimited. Does not implicitly {@link lama.v1.Registration.verify|verify} messages.
             * @param message Registration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Registration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Registration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Registration & lama.v1.Registration.$Shape} Registration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Registration & lama.v1.Registration.$Shape;

            /**
             * Decodes a Registration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Registration & lama.v1.Registration.$Shape} Registration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Registration & lama.v1.Registration.$Shape;

            /**
             * Verifies a Registration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Registration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Registration
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Registration;

            /**
             * Creates a plain object from a Registration message. Also converts values to other types if specified.
             * @param message Registration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Registration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Registration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Registration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Registration {

            /** Properties of a Registration. */
            interface $Properties {

                /** Registration item */
                item?: (lama.v1.ServiceItem.$Properties|null);

                /** Registration leaseId */
                leaseId?: (number|null);

                /** Registration registeredAtMs */
                registeredAtMs?: (number|null);

                /** Registration leaseExpiresAtMs */
                leaseExpiresAtMs?: (number|null);

                /** Registration renewals */
                renewals?: (number|null);

                /** Registration endpoint */
                endpoint?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Registration. */
            type $Shape = lama.v1.Registration.$Properties;
        }

        /**
         * Properties of a LookupRequest.
         * @deprecated Use lama.v1.LookupRequest.$Properties instead.
         */
        interface ILookupRequest extends lama.v1.LookupRequest.$Properties {
        }

        /** Represents a LookupRequest. */
        class LookupRequest {

            /**
             * Constructs a new LookupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.LookupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupRequest template. */
            template?: (lama.v1.Template.$Properties|null);

            /**
             * Creates a new LookupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupRequest instance
             */
            static create(properties: lama.v1.LookupRequest.$Shape): lama.v1.LookupRequest & lama.v1.LookupRequest.$Shape;
            static create(properties?: lama.v1.LookupRequest.$Properties): lama.v1.LookupRequest;

            /**
             * Encodes the specified LookupRequest message. Does not implicitly {@link lama.v1.LookupRequest.verify|verify} messages.
             * @param message LookupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.LookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LookupRequest message, length delimited. Does not implicitly {@link lama.v1.LookupRequest.verify|verify} messages.
             * @param message LookupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.LookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.LookupRequest & lama.v1.LookupRequest.$Shape} LookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.LookupRequest & lama.v1.LookupRequest.$Shape;

            /**
             * Decodes a LookupRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.LookupRequest & lama.v1.LookupRequest.$Shape} LookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.LookupRequest & lama.v1.LookupRequest.$Shape;

            /**
             * Verifies a LookupRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.LookupRequest;

            /**
             * Creates a plain object from a LookupRequest message. Also converts values to other types if specified.
             * @param message LookupRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.LookupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LookupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupRequest {

            /** Properties of a LookupRequest. */
            interface $Properties {

                /** LookupRequest template */
                template?: (lama.v1.Template.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LookupRequest. */
            type $Shape = lama.v1.LookupRequest.$Properties;
        }

        /**
         * Properties of a LookupReply.
         * @deprecated Use lama.v1.LookupReply.$Properties instead.
         */
        interface ILookupReply extends lama.v1.LookupReply.$Properties {
        }

        /** Represents a LookupReply. */
        class LookupReply {

            /**
             * Constructs a new LookupReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.LookupReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LookupReply matches. */
            matches: lama.v1.Registration.$Properties[];

            /**
             * Creates a new LookupReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LookupReply instance
             */
            static create(properties: lama.v1.LookupReply.$Shape): lama.v1.LookupReply & lama.v1.LookupReply.$Shape;
            static create(properties?: lama.v1.LookupReply.$Properties): lama.v1.LookupReply;

            /**
             * Encodes the specified LookupReply message. Does not implicitly {@link lama.v1.LookupReply.verify|verify} messages.
             * @param message LookupReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.LookupReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LookupReply message, length delimited. Does not implicitly {@link lama.v1.LookupReply.verify|verify} messages.
             * @param message LookupReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.LookupReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LookupReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.LookupReply & lama.v1.LookupReply.$Shape} LookupReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.LookupReply & lama.v1.LookupReply.$Shape;

            /**
             * Decodes a LookupReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.LookupReply & lama.v1.LookupReply.$Shape} LookupReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.LookupReply & lama.v1.LookupReply.$Shape;

            /**
             * Verifies a LookupReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LookupReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LookupReply
             */
            static fromObject(object: { [k: string]: any }): lama.v1.LookupReply;

            /**
             * Creates a plain object from a LookupReply message. Also converts values to other types if specified.
             * @param message LookupReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.LookupReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LookupReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LookupReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupReply {

            /** Properties of a LookupReply. */
            interface $Properties {

                /** LookupReply matches */
                matches?: (lama.v1.Registration.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LookupReply. */
            type $Shape = lama.v1.LookupReply.$Properties;
        }

        /** EventType enum. */
        enum EventType {

            /** EVENT_UNSPECIFIED value */
            EVENT_UNSPECIFIED = 0,

            /** EVENT_REGISTERED value */
            EVENT_REGISTERED = 1,

            /** EVENT_RENEWED_WITH_CHANGES value */
            EVENT_RENEWED_WITH_CHANGES = 2,

            /** EVENT_EXPIRED value */
            EVENT_EXPIRED = 3,

            /** EVENT_CANCELLED value */
            EVENT_CANCELLED = 4
        }

        /**
         * Properties of an Event.
         * @deprecated Use lama.v1.Event.$Properties instead.
         */
        interface IEvent extends lama.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event seq. */
            seq: number;

            /** Event type. */
            type: lama.v1.EventType;

            /** Event atMs. */
            atMs: number;

            /** Event serviceId. */
            serviceId: string;

            /** Event registration. */
            registration?: (lama.v1.Registration.$Properties|null);

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: lama.v1.Event.$Shape): lama.v1.Event & lama.v1.Event.$Shape;
            static create(properties?: lama.v1.Event.$Properties): lama.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link lama.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link lama.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Event & lama.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Event & lama.v1.Event.$Shape;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Event & lama.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Event & lama.v1.Event.$Shape;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event seq */
                seq?: (number|null);

                /** Event type */
                type?: (lama.v1.EventType|null);

                /** Event atMs */
                atMs?: (number|null);

                /** Event serviceId */
                serviceId?: (string|null);

                /** Event registration */
                registration?: (lama.v1.Registration.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Event. */
            type $Shape = lama.v1.Event.$Properties;
        }

        /**
         * Properties of a Signal.
         * @deprecated Use lama.v1.Signal.$Properties instead.
         */
        interface ISignal extends lama.v1.Signal.$Properties {
        }

        /** Represents a Signal. */
        class Signal {

            /**
             * Constructs a new Signal.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Signal.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Signal session. */
            session: string;

            /** Signal offerSdp. */
            offerSdp?: (string|null);

            /** Signal answerSdp. */
            answerSdp?: (string|null);

            /** Signal candidate. */
            candidate?: (lama.v1.Candidate.$Properties|null);

            /** Signal close. */
            close?: (boolean|null);

            /** Signal kind. */
            kind?: ("offerSdp"|"answerSdp"|"candidate"|"close");

            /**
             * Creates a new Signal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Signal instance
             */
            static create(properties: lama.v1.Signal.$Shape): lama.v1.Signal & lama.v1.Signal.$Shape;
            static create(properties?: lama.v1.Signal.$Properties): lama.v1.Signal;

            /**
             * Encodes the specified Signal message. Does not implicitly {@link lama.v1.Signal.verify|verify} messages.
             * @param message Signal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Signal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Signal message, length delimited. Does not implicitly {@link lama.v1.Signal.verify|verify} messages.
             * @param message Signal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Signal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Signal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Signal & lama.v1.Signal.$Shape} Signal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Signal & lama.v1.Signal.$Shape;

            /**
             * Decodes a Signal message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Signal & lama.v1.Signal.$Shape} Signal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Signal & lama.v1.Signal.$Shape;

            /**
             * Verifies a Signal message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Signal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Signal
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Signal;

            /**
             * Creates a plain object from a Signal message. Also converts values to other types if specified.
             * @param message Signal
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Signal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Signal to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Signal
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Signal {

            /** Properties of a Signal. */
            interface $Properties {

                /** Signal session */
                session?: (string|null);

                /** Signal offerSdp */
                offerSdp?: (string|null);

                /** Signal answerSdp */
                answerSdp?: (string|null);

                /** Signal candidate */
                candidate?: (lama.v1.Candidate.$Properties|null);

                /** Signal close */
                close?: (boolean|null);

                /** Signal kind */
                kind?: ("offerSdp"|"answerSdp"|"candidate"|"close");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Signal. */
            type $Shape = {
              session?: string|null;
              offerSdp?: string|null;
              answerSdp?: string|null;
              candidate?: lama.v1.Candidate.$Shape|null;
              close?: boolean|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; offerSdp?: null; answerSdp?: null; candidate?: null; close?: null }|{ kind?: "offerSdp"; offerSdp: string; answerSdp?: null; candidate?: null; close?: null }|{ kind?: "answerSdp"; offerSdp?: null; answerSdp: string; candidate?: null; close?: null }|{ kind?: "candidate"; offerSdp?: null; answerSdp?: null; candidate: lama.v1.Candidate.$Shape; close?: null }|{ kind?: "close"; offerSdp?: null; answerSdp?: null; candidate?: null; close: boolean })
            );
        }

        /**
         * Properties of a Candidate.
         * @deprecated Use lama.v1.Candidate.$Properties instead.
         */
        interface ICandidate extends lama.v1.Candidate.$Properties {
        }

        /** Represents a Candidate. */
        class Candidate {

            /**
             * Constructs a new Candidate.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.Candidate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Candidate candidate. */
            candidate: string;

            /** Candidate mid. */
            mid: string;

            /**
             * Creates a new Candidate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Candidate instance
             */
            static create(properties: lama.v1.Candidate.$Shape): lama.v1.Candidate & lama.v1.Candidate.$Shape;
            static create(properties?: lama.v1.Candidate.$Properties): lama.v1.Candidate;

            /**
             * Encodes the specified Candidate message. Does not implicitly {@link lama.v1.Candidate.verify|verify} messages.
             * @param message Candidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.Candidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Candidate message, length delimited. Does not implicitly {@link lama.v1.Candidate.verify|verify} messages.
             * @param message Candidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.Candidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Candidate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.Candidate & lama.v1.Candidate.$Shape} Candidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.Candidate & lama.v1.Candidate.$Shape;

            /**
             * Decodes a Candidate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.Candidate & lama.v1.Candidate.$Shape} Candidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.Candidate & lama.v1.Candidate.$Shape;

            /**
             * Verifies a Candidate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Candidate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Candidate
             */
            static fromObject(object: { [k: string]: any }): lama.v1.Candidate;

            /**
             * Creates a plain object from a Candidate message. Also converts values to other types if specified.
             * @param message Candidate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.Candidate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Candidate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Candidate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Candidate {

            /** Properties of a Candidate. */
            interface $Properties {

                /** Candidate candidate */
                candidate?: (string|null);

                /** Candidate mid */
                mid?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Candidate. */
            type $Shape = lama.v1.Candidate.$Properties;
        }

        /**
         * Properties of a RpcRequest.
         * @deprecated Use lama.v1.RpcRequest.$Properties instead.
         */
        interface IRpcRequest extends lama.v1.RpcRequest.$Properties {
        }

        /** Represents a RpcRequest. */
        class RpcRequest {

            /**
             * Constructs a new RpcRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.RpcRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RpcRequest id. */
            id: number;

            /** RpcRequest deadlineMs. */
            deadlineMs: number;

            /** RpcRequest status. */
            status?: (lama.v1.StatusRequest.$Properties|null);

            /** RpcRequest start. */
            start?: (lama.v1.StartRequest.$Properties|null);

            /** RpcRequest stop. */
            stop?: (lama.v1.StopRequest.$Properties|null);

            /** RpcRequest set. */
            set?: (lama.v1.SetRequest.$Properties|null);

            /** RpcRequest method. */
            method?: ("status"|"start"|"stop"|"set");

            /**
             * Creates a new RpcRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RpcRequest instance
             */
            static create(properties: lama.v1.RpcRequest.$Shape): lama.v1.RpcRequest & lama.v1.RpcRequest.$Shape;
            static create(properties?: lama.v1.RpcRequest.$Properties): lama.v1.RpcRequest;

            /**
             * Encodes the specified RpcRequest message. Does not implicitly {@link lama.v1.RpcRequest.verify|verify} messages.
             * @param message RpcRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.RpcRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RpcRequest message, length delimited. Does not implicitly {@link lama.v1.RpcRequest.verify|verify} messages.
             * @param message RpcRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.RpcRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RpcRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.RpcRequest & lama.v1.RpcRequest.$Shape} RpcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.RpcRequest & lama.v1.RpcRequest.$Shape;

            /**
             * Decodes a RpcRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.RpcRequest & lama.v1.RpcRequest.$Shape} RpcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.RpcRequest & lama.v1.RpcRequest.$Shape;

            /**
             * Verifies a RpcRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RpcRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RpcRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.RpcRequest;

            /**
             * Creates a plain object from a RpcRequest message. Also converts values to other types if specified.
             * @param message RpcRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.RpcRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RpcRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RpcRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RpcRequest {

            /** Properties of a RpcRequest. */
            interface $Properties {

                /** RpcRequest id */
                id?: (number|null);

                /** RpcRequest deadlineMs */
                deadlineMs?: (number|null);

                /** RpcRequest status */
                status?: (lama.v1.StatusRequest.$Properties|null);

                /** RpcRequest start */
                start?: (lama.v1.StartRequest.$Properties|null);

                /** RpcRequest stop */
                stop?: (lama.v1.StopRequest.$Properties|null);

                /** RpcRequest set */
                set?: (lama.v1.SetRequest.$Properties|null);

                /** RpcRequest method */
                method?: ("status"|"start"|"stop"|"set");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RpcRequest. */
            type $Shape = {
              id?: number|null;
              deadlineMs?: number|null;
              status?: lama.v1.StatusRequest.$Shape|null;
              start?: lama.v1.StartRequest.$Shape|null;
              stop?: lama.v1.StopRequest.$Shape|null;
              set?: lama.v1.SetRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ method?: undefined; status?: null; start?: null; stop?: null; set?: null }|{ method?: "status"; status: lama.v1.StatusRequest.$Shape; start?: null; stop?: null; set?: null }|{ method?: "start"; status?: null; start: lama.v1.StartRequest.$Shape; stop?: null; set?: null }|{ method?: "stop"; status?: null; start?: null; stop: lama.v1.StopRequest.$Shape; set?: null }|{ method?: "set"; status?: null; start?: null; stop?: null; set: lama.v1.SetRequest.$Shape })
            );
        }

        /**
         * Properties of a RpcReply.
         * @deprecated Use lama.v1.RpcReply.$Properties instead.
         */
        interface IRpcReply extends lama.v1.RpcReply.$Properties {
        }

        /** Represents a RpcReply. */
        class RpcReply {

            /**
             * Constructs a new RpcReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.RpcReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RpcReply id. */
            id: number;

            /** RpcReply status. */
            status?: (lama.v1.StatusReply.$Properties|null);

            /** RpcReply adaptor. */
            adaptor?: (lama.v1.AdaptorReply.$Properties|null);

            /** RpcReply error. */
            error?: (lama.v1.RpcError.$Properties|null);

            /** RpcReply result. */
            result?: ("status"|"adaptor"|"error");

            /**
             * Creates a new RpcReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RpcReply instance
             */
            static create(properties: lama.v1.RpcReply.$Shape): lama.v1.RpcReply & lama.v1.RpcReply.$Shape;
            static create(properties?: lama.v1.RpcReply.$Properties): lama.v1.RpcReply;

            /**
             * Encodes the specified RpcReply message. Does not implicitly {@link lama.v1.RpcReply.verify|verify} messages.
             * @param message RpcReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.RpcReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RpcReply message, length delimited. Does not implicitly {@link lama.v1.RpcReply.verify|verify} messages.
             * @param message RpcReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.RpcReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RpcReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.RpcReply & lama.v1.RpcReply.$Shape} RpcReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.RpcReply & lama.v1.RpcReply.$Shape;

            /**
             * Decodes a RpcReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.RpcReply & lama.v1.RpcReply.$Shape} RpcReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.RpcReply & lama.v1.RpcReply.$Shape;

            /**
             * Verifies a RpcReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RpcReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RpcReply
             */
            static fromObject(object: { [k: string]: any }): lama.v1.RpcReply;

            /**
             * Creates a plain object from a RpcReply message. Also converts values to other types if specified.
             * @param message RpcReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.RpcReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RpcReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RpcReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RpcReply {

            /** Properties of a RpcReply. */
            interface $Properties {

                /** RpcReply id */
                id?: (number|null);

                /** RpcReply status */
                status?: (lama.v1.StatusReply.$Properties|null);

                /** RpcReply adaptor */
                adaptor?: (lama.v1.AdaptorReply.$Properties|null);

                /** RpcReply error */
                error?: (lama.v1.RpcError.$Properties|null);

                /** RpcReply result */
                result?: ("status"|"adaptor"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RpcReply. */
            type $Shape = {
              id?: number|null;
              status?: lama.v1.StatusReply.$Shape|null;
              adaptor?: lama.v1.AdaptorReply.$Shape|null;
              error?: lama.v1.RpcError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; status?: null; adaptor?: null; error?: null }|{ result?: "status"; status: lama.v1.StatusReply.$Shape; adaptor?: null; error?: null }|{ result?: "adaptor"; status?: null; adaptor: lama.v1.AdaptorReply.$Shape; error?: null }|{ result?: "error"; status?: null; adaptor?: null; error: lama.v1.RpcError.$Shape })
            );
        }

        /**
         * Properties of a StatusRequest.
         * @deprecated Use lama.v1.StatusRequest.$Properties instead.
         */
        interface IStatusRequest extends lama.v1.StatusRequest.$Properties {
        }

        /** Represents a StatusRequest. */
        class StatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.StatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            static create(properties: lama.v1.StatusRequest.$Shape): lama.v1.StatusRequest & lama.v1.StatusRequest.$Shape;
            static create(properties?: lama.v1.StatusRequest.$Properties): lama.v1.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link lama.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link lama.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.StatusRequest & lama.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.StatusRequest & lama.v1.StatusRequest.$Shape;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.StatusRequest & lama.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.StatusRequest & lama.v1.StatusRequest.$Shape;

            /**
             * Verifies a StatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.StatusRequest;

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @param message StatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {

            /** Properties of a StatusRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusRequest. */
            type $Shape = lama.v1.StatusRequest.$Properties;
        }

        /**
         * Properties of a StartRequest.
         * @deprecated Use lama.v1.StartRequest.$Properties instead.
         */
        interface IStartRequest extends lama.v1.StartRequest.$Properties {
        }

        /** Represents a StartRequest. */
        class StartRequest {

            /**
             * Constructs a new StartRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.StartRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StartRequest adaptor. */
            adaptor: string;

            /** StartRequest params. */
            params: { [k: string]: string };

            /**
             * Creates a new StartRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartRequest instance
             */
            static create(properties: lama.v1.StartRequest.$Shape): lama.v1.StartRequest & lama.v1.StartRequest.$Shape;
            static create(properties?: lama.v1.StartRequest.$Properties): lama.v1.StartRequest;

            /**
             * Encodes the specified StartRequest message. Does not implicitly {@link lama.v1.StartRequest.verify|verify} messages.
             * @param message StartRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartRequest message, length delimited. Does not implicitly {@link lama.v1.StartRequest.verify|verify} messages.
             * @param message StartRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.StartRequest & lama.v1.StartRequest.$Shape} StartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.StartRequest & lama.v1.StartRequest.$Shape;

            /**
             * Decodes a StartRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.StartRequest & lama.v1.StartRequest.$Shape} StartRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.StartRequest & lama.v1.StartRequest.$Shape;

            /**
             * Verifies a StartRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.StartRequest;

            /**
             * Creates a plain object from a StartRequest message. Also converts values to other types if specified.
             * @param message StartRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.StartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartRequest {

            /** Properties of a StartRequest. */
            interface $Properties {

                /** StartRequest adaptor */
                adaptor?: (string|null);

                /** StartRequest params */
                params?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartRequest. */
            type $Shape = lama.v1.StartRequest.$Properties;
        }

        /**
         * Properties of a StopRequest.
         * @deprecated Use lama.v1.StopRequest.$Properties instead.
         */
        interface IStopRequest extends lama.v1.StopRequest.$Properties {
        }

        /** Represents a StopRequest. */
        class StopRequest {

            /**
             * Constructs a new StopRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.StopRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StopRequest adaptor. */
            adaptor: string;

            /**
             * Creates a new StopRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StopRequest instance
             */
            static create(properties: lama.v1.StopRequest.$Shape): lama.v1.StopRequest & lama.v1.StopRequest.$Shape;
            static create(properties?: lama.v1.StopRequest.$Properties): lama.v1.StopRequest;

            /**
             * Encodes the specified StopRequest message. Does not implicitly {@link lama.v1.StopRequest.verify|verify} messages.
             * @param message StopRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.StopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StopRequest message, length delimited. Does not implicitly {@link lama.v1.StopRequest.verify|verify} messages.
             * @param message StopRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.StopRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StopRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.StopRequest & lama.v1.StopRequest.$Shape} StopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.StopRequest & lama.v1.StopRequest.$Shape;

            /**
             * Decodes a StopRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.StopRequest & lama.v1.StopRequest.$Shape} StopRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.StopRequest & lama.v1.StopRequest.$Shape;

            /**
             * Verifies a StopRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StopRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StopRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.StopRequest;

            /**
             * Creates a plain object from a StopRequest message. Also converts values to other types if specified.
             * @param message StopRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.StopRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StopRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StopRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopRequest {

            /** Properties of a StopRequest. */
            interface $Properties {

                /** StopRequest adaptor */
                adaptor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StopRequest. */
            type $Shape = lama.v1.StopRequest.$Properties;
        }

        /**
         * Properties of a SetRequest.
         * @deprecated Use lama.v1.SetRequest.$Properties instead.
         */
        interface ISetRequest extends lama.v1.SetRequest.$Properties {
        }

        /** Represents a SetRequest. */
        class SetRequest {

            /**
             * Constructs a new SetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.SetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetRequest adaptor. */
            adaptor: string;

            /** SetRequest params. */
            params: { [k: string]: string };

            /**
             * Creates a new SetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetRequest instance
             */
            static create(properties: lama.v1.SetRequest.$Shape): lama.v1.SetRequest & lama.v1.SetRequest.$Shape;
            static create(properties?: lama.v1.SetRequest.$Properties): lama.v1.SetRequest;

            /**
             * Encodes the specified SetRequest message. Does not implicitly {@link lama.v1.SetRequest.verify|verify} messages.
             * @param message SetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.SetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetRequest message, length delimited. Does not implicitly {@link lama.v1.SetRequest.verify|verify} messages.
             * @param message SetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.SetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.SetRequest & lama.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.SetRequest & lama.v1.SetRequest.$Shape;

            /**
             * Decodes a SetRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.SetRequest & lama.v1.SetRequest.$Shape} SetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.SetRequest & lama.v1.SetRequest.$Shape;

            /**
             * Verifies a SetRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetRequest
             */
            static fromObject(object: { [k: string]: any }): lama.v1.SetRequest;

            /**
             * Creates a plain object from a SetRequest message. Also converts values to other types if specified.
             * @param message SetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.SetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetRequest {

            /** Properties of a SetRequest. */
            interface $Properties {

                /** SetRequest adaptor */
                adaptor?: (string|null);

                /** SetRequest params */
                params?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetRequest. */
            type $Shape = lama.v1.SetRequest.$Properties;
        }

        /**
         * Properties of a StatusReply.
         * @deprecated Use lama.v1.StatusReply.$Properties instead.
         */
        interface IStatusReply extends lama.v1.StatusReply.$Properties {
        }

        /** Represents a StatusReply. */
        class StatusReply {

            /**
             * Constructs a new StatusReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.StatusReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusReply node. */
            node?: (lama.v1.NodeStatus.$Properties|null);

            /** StatusReply adaptors. */
            adaptors: lama.v1.AdaptorStatus.$Properties[];

            /**
             * Creates a new StatusReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusReply instance
             */
            static create(properties: lama.v1.StatusReply.$Shape): lama.v1.StatusReply & lama.v1.StatusReply.$Shape;
            static create(properties?: lama.v1.StatusReply.$Properties): lama.v1.StatusReply;

            /**
             * Encodes the specified StatusReply message. Does not implicitly {@link lama.v1.StatusReply.verify|verify} messages.
             * @param message StatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusReply message, length delimited. Does not implicitly {@link lama.v1.StatusReply.verify|verify} messages.
             * @param message StatusReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.StatusReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.StatusReply & lama.v1.StatusReply.$Shape} StatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.StatusReply & lama.v1.StatusReply.$Shape;

            /**
             * Decodes a StatusReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.StatusReply & lama.v1.StatusReply.$Shape} StatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.StatusReply & lama.v1.StatusReply.$Shape;

            /**
             * Verifies a StatusReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusReply
             */
            static fromObject(object: { [k: string]: any }): lama.v1.StatusReply;

            /**
             * Creates a plain object from a StatusReply message. Also converts values to other types if specified.
             * @param message StatusReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.StatusReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReply {

            /** Properties of a StatusReply. */
            interface $Properties {

                /** StatusReply node */
                node?: (lama.v1.NodeStatus.$Properties|null);

                /** StatusReply adaptors */
                adaptors?: (lama.v1.AdaptorStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusReply. */
            type $Shape = lama.v1.StatusReply.$Properties;
        }

        /**
         * Properties of an AdaptorReply.
         * @deprecated Use lama.v1.AdaptorReply.$Properties instead.
         */
        interface IAdaptorReply extends lama.v1.AdaptorReply.$Properties {
        }

        /** Represents an AdaptorReply. */
        class AdaptorReply {

            /**
             * Constructs a new AdaptorReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.AdaptorReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdaptorReply status. */
            status?: (lama.v1.AdaptorStatus.$Properties|null);

            /** AdaptorReply message. */
            message: string;

            /** AdaptorReply noOp. */
            noOp: boolean;

            /**
             * Creates a new AdaptorReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdaptorReply instance
             */
            static create(properties: lama.v1.AdaptorReply.$Shape): lama.v1.AdaptorReply & lama.v1.AdaptorReply.$Shape;
            static create(properties?: lama.v1.AdaptorReply.$Properties): lama.v1.AdaptorReply;

            /**
             * Encodes the specified AdaptorReply message. Does not implicitly {@link lama.v1.AdaptorReply.verify|verify} messages.
             * @param message AdaptorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.AdaptorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AdaptorReply message, length delimited. Does not implicitly {@link lama.v1.AdaptorReply.verify|verify} messages.
             * @param message AdaptorReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.AdaptorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdaptorReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.AdaptorReply & lama.v1.AdaptorReply.$Shape} AdaptorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.AdaptorReply & lama.v1.AdaptorReply.$Shape;

            /**
             * Decodes an AdaptorReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.AdaptorReply & lama.v1.AdaptorReply.$Shape} AdaptorReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.AdaptorReply & lama.v1.AdaptorReply.$Shape;

            /**
             * Verifies an AdaptorReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AdaptorReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AdaptorReply
             */
            static fromObject(object: { [k: string]: any }): lama.v1.AdaptorReply;

            /**
             * Creates a plain object from an AdaptorReply message. Also converts values to other types if specified.
             * @param message AdaptorReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.AdaptorReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AdaptorReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AdaptorReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdaptorReply {

            /** Properties of an AdaptorReply. */
            interface $Properties {

                /** AdaptorReply status */
                status?: (lama.v1.AdaptorStatus.$Properties|null);

                /** AdaptorReply message */
                message?: (string|null);

                /** AdaptorReply noOp */
                noOp?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdaptorReply. */
            type $Shape = lama.v1.AdaptorReply.$Properties;
        }

        /** AdaptorState enum. */
        enum AdaptorState {

            /** ADAPTOR_STATE_UNSPECIFIED value */
            ADAPTOR_STATE_UNSPECIFIED = 0,

            /** ADAPTOR_STOPPED value */
            ADAPTOR_STOPPED = 1,

            /** ADAPTOR_STARTING value */
            ADAPTOR_STARTING = 2,

            /** ADAPTOR_RUNNING value */
            ADAPTOR_RUNNING = 3,

            /** ADAPTOR_STOPPING value */
            ADAPTOR_STOPPING = 4,

            /** ADAPTOR_FAILED value */
            ADAPTOR_FAILED = 5
        }

        /**
         * Properties of an AdaptorStatus.
         * @deprecated Use lama.v1.AdaptorStatus.$Properties instead.
         */
        interface IAdaptorStatus extends lama.v1.AdaptorStatus.$Properties {
        }

        /** Represents an AdaptorStatus. */
        class AdaptorStatus {

            /**
             * Constructs a new AdaptorStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.AdaptorStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AdaptorStatus name. */
            name: string;

            /** AdaptorStatus state. */
            state: lama.v1.AdaptorState;

            /** AdaptorStatus params. */
            params: { [k: string]: string };

            /** AdaptorStatus pid. */
            pid: number;

            /** AdaptorStatus restarts. */
            restarts: number;

            /** AdaptorStatus detail. */
            detail: string;

            /**
             * Creates a new AdaptorStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AdaptorStatus instance
             */
            static create(properties: lama.v1.AdaptorStatus.$Shape): lama.v1.AdaptorStatus & lama.v1.AdaptorStatus.$Shape;
            static create(properties?: lama.v1.AdaptorStatus.$Properties): lama.v1.AdaptorStatus;

            /**
             * Encodes the specified AdaptorStatus message. Does not implicitly {@link lama.v1.AdaptorStatus.verify|verify} messages.
             * @param message AdaptorStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.AdaptorStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AdaptorStatus message, length delimited. Does not implicitly {@link lama.v1.AdaptorStatus.verify|verify} messages.
             * @param message AdaptorStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.AdaptorStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AdaptorStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.AdaptorStatus & lama.v1.AdaptorStatus.$Shape} AdaptorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.AdaptorStatus & lama.v1.AdaptorStatus.$Shape;

            /**
             * Decodes an AdaptorStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.AdaptorStatus & lama.v1.AdaptorStatus.$Shape} AdaptorStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.AdaptorStatus & lama.v1.AdaptorStatus.$Shape;

            /**
             * Verifies an AdaptorStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AdaptorStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AdaptorStatus
             */
            static fromObject(object: { [k: string]: any }): lama.v1.AdaptorStatus;

            /**
             * Creates a plain object from an AdaptorStatus message. Also converts values to other types if specified.
             * @param message AdaptorStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.AdaptorStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AdaptorStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AdaptorStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdaptorStatus {

            /** Properties of an AdaptorStatus. */
            interface $Properties {

                /** AdaptorStatus name */
                name?: (string|null);

                /** AdaptorStatus state */
                state?: (lama.v1.AdaptorState|null);

                /** AdaptorStatus params */
                params?: ({ [k: string]: string }|null);

                /** AdaptorStatus pid */
                pid?: (number|null);

                /** AdaptorStatus restarts */
                restarts?: (number|null);

                /** AdaptorStatus detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AdaptorStatus. */
            type $Shape = lama.v1.AdaptorStatus.$Properties;
        }

        /** ErrorKind enum. */
        enum ErrorKind {

            /** ERROR_UNSPECIFIED value */
            ERROR_UNSPECIFIED = 0,

            /** ERROR_UNKNOWN_ADAPTOR value */
            ERROR_UNKNOWN_ADAPTOR = 1,

            /** ERROR_INVALID_PARAMETER value */
            ERROR_INVALID_PARAMETER = 2,

            /** ERROR_ADAPTOR_FAILURE value */
            ERROR_ADAPTOR_FAILURE = 3,

            /** ERROR_TIMEOUT value */
            ERROR_TIMEOUT = 4,

            /** ERROR_BAD_REQUEST value */
            ERROR_BAD_REQUEST = 5
        }

        /**
         * Properties of a RpcError.
         * @deprecated Use lama.v1.RpcError.$Properties instead.
         */
        interface IRpcError extends lama.v1.RpcError.$Properties {
        }

        /** Represents a RpcError. */
        class RpcError {

            /**
             * Constructs a new RpcError.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.RpcError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RpcError kind. */
            kind: lama.v1.ErrorKind;

            /** RpcError message. */
            message: string;

            /** RpcError parameter. */
            parameter: string;

            /** RpcError allowed. */
            allowed: string;

            /** RpcError outputTail. */
            outputTail: string;

            /**
             * Creates a new RpcError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RpcError instance
             */
            static create(properties: lama.v1.RpcError.$Shape): lama.v1.RpcError & lama.v1.RpcError.$Shape;
            static create(properties?: lama.v1.RpcError.$Properties): lama.v1.RpcError;

            /**
             * Encodes the specified RpcError message. Does not implicitly {@link lama.v1.RpcError.verify|verify} messages.
             * @param message RpcError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.RpcError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RpcError message, length delimited. Does not implicitly {@link lama.v1.RpcError.verify|verify} messages.
             * @param message RpcError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.RpcError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RpcError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.RpcError & lama.v1.RpcError.$Shape} RpcError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.RpcError & lama.v1.RpcError.$Shape;

            /**
             * Decodes a RpcError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.RpcError & lama.v1.RpcError.$Shape} RpcError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.RpcError & lama.v1.RpcError.$Shape;

            /**
             * Verifies a RpcError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RpcError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RpcError
             */
            static fromObject(object: { [k: string]: any }): lama.v1.RpcError;

            /**
             * Creates a plain object from a RpcError message. Also converts values to other types if specified.
             * @param message RpcError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.RpcError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RpcError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RpcError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RpcError {

            /** Properties of a RpcError. */
            interface $Properties {

                /** RpcError kind */
                kind?: (lama.v1.ErrorKind|null);

                /** RpcError message */
                message?: (string|null);

                /** RpcError parameter */
                parameter?: (string|null);

                /** RpcError allowed */
                allowed?: (string|null);

                /** RpcError outputTail */
                outputTail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RpcError. */
            type $Shape = lama.v1.RpcError.$Properties;
        }

        /**
         * Properties of a NodeStatus.
         * @deprecated Use lama.v1.NodeStatus.$Properties instead.
         */
        interface INodeStatus extends lama.v1.NodeStatus.$Properties {
        }

        /** Represents a NodeStatus. */
        class NodeStatus {

            /**
             * Constructs a new NodeStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.NodeStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NodeStatus serviceId. */
            serviceId: string;

            /** NodeStatus atMs. */
            atMs: number;

            /** NodeStatus periodMs. */
            periodMs: number;

            /** NodeStatus cpu. */
            cpu?: (lama.v1.CpuStatus.$Properties|null);

            /** NodeStatus memory. */
            memory?: (lama.v1.MemoryStatus.$Properties|null);

            /** NodeStatus load. */
            load?: (lama.v1.LoadAverage.$Properties|null);

            /** NodeStatus interfaces. */
            interfaces: lama.v1.InterfaceStatus.$Properties[];

            /** NodeStatus disks. */
            disks: lama.v1.DiskStatus.$Properties[];

            /** NodeStatus filesystems. */
            filesystems: lama.v1.FileSystemStatus.$Properties[];

            /** NodeStatus rxBps. */
            rxBps: number;

            /** NodeStatus txBps. */
            txBps: number;

            /** NodeStatus linkCapacityBps. */
            linkCapacityBps: number;

            /** NodeStatus adaptors. */
            adaptors: lama.v1.AdaptorStatus.$Properties[];

            /**
             * Creates a new NodeStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NodeStatus instance
             */
            static create(properties: lama.v1.NodeStatus.$Shape): lama.v1.NodeStatus & lama.v1.NodeStatus.$Shape;
            static create(properties?: lama.v1.NodeStatus.$Properties): lama.v1.NodeStatus;

            /**
             * Encodes the specified NodeStatus message. Does not implicitly {@link lama.v1.NodeStatus.verify|verify} messages.
             * @param message NodeStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NodeStatus message, length delimited. Does not implicitly {@link lama.v1.NodeStatus.verify|verify} messages.
             * @param message NodeStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NodeStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.NodeStatus & lama.v1.NodeStatus.$Shape} NodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.NodeStatus & lama.v1.NodeStatus.$Shape;

            /**
             * Decodes a NodeStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.NodeStatus & lama.v1.NodeStatus.$Shape} NodeStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.NodeStatus & lama.v1.NodeStatus.$Shape;

            /**
             * Verifies a NodeStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NodeStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NodeStatus
             */
            static fromObject(object: { [k: string]: any }): lama.v1.NodeStatus;

            /**
             * Creates a plain object from a NodeStatus message. Also converts values to other types if specified.
             * @param message NodeStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.NodeStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NodeStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NodeStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeStatus {

            /** Properties of a NodeStatus. */
            interface $Properties {

                /** NodeStatus serviceId */
                serviceId?: (string|null);

                /** NodeStatus atMs */
                atMs?: (number|null);

                /** NodeStatus periodMs */
                periodMs?: (number|null);

                /** NodeStatus cpu */
                cpu?: (lama.v1.CpuStatus.$Properties|null);

                /** NodeStatus memory */
                memory?: (lama.v1.MemoryStatus.$Properties|null);

                /** NodeStatus load */
                load?: (lama.v1.LoadAverage.$Properties|null);

                /** NodeStatus interfaces */
                interfaces?: (lama.v1.InterfaceStatus.$Properties[]|null);

                /** NodeStatus disks */
                disks?: (lama.v1.DiskStatus.$Properties[]|null);

                /** NodeStatus filesystems */
                filesystems?: (lama.v1.FileSystemStatus.$Properties[]|null);

                /** NodeStatus rxBps */
                rxBps?: (number|null);

                /** NodeStatus txBps */
                txBps?: (number|null);

                /** NodeStatus linkCapacityBps */
                linkCapacityBps?: (number|null);

                /** NodeStatus adaptors */
                adaptors?: (lama.v1.AdaptorStatus.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NodeStatus. */
            type $Shape = lama.v1.NodeStatus.$Properties;
        }

        /**
         * Properties of a CpuStatus.
         * @deprecated Use lama.v1.CpuStatus.$Properties instead.
         */
        interface ICpuStatus extends lama.v1.CpuStatus.$Properties {
        }

        /** Represents a CpuStatus. */
        class CpuStatus {

            /**
             * Constructs a new CpuStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.CpuStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CpuStatus user. */
            user: number;

            /** CpuStatus nice. */
            nice: number;

            /** CpuStatus system. */
            system: number;

            /** CpuStatus idle. */
            idle: number;

            /** CpuStatus iowait. */
            iowait: number;

            /** CpuStatus irq. */
            irq: number;

            /** CpuStatus softirq. */
            softirq: number;

            /** CpuStatus steal. */
            steal: number;

            /** CpuStatus busy. */
            busy: number;

            /** CpuStatus perCpuBusy. */
            perCpuBusy: number[];

            /**
             * Creates a new CpuStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CpuStatus instance
             */
            static create(properties: lama.v1.CpuStatus.$Shape): lama.v1.CpuStatus & lama.v1.CpuStatus.$Shape;
            static create(properties?: lama.v1.CpuStatus.$Properties): lama.v1.CpuStatus;

            /**
             * Encodes the specified CpuStatus message. Does not implicitly {@link lama.v1.CpuStatus.verify|verify} messages.
             * @param message CpuStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.CpuStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CpuStatus message, length delimited. Does not implicitly {@link lama.v1.CpuStatus.verify|verify} messages.
             * @param message CpuStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.CpuStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CpuStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.CpuStatus & lama.v1.CpuStatus.$Shape} CpuStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.CpuStatus & lama.v1.CpuStatus.$Shape;

            /**
             * Decodes a CpuStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.CpuStatus & lama.v1.CpuStatus.$Shape} CpuStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.CpuStatus & lama.v1.CpuStatus.$Shape;

            /**
             * Verifies a CpuStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CpuStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CpuStatus
             */
            static fromObject(object: { [k: string]: any }): lama.v1.CpuStatus;

            /**
             * Creates a plain object from a CpuStatus message. Also converts values to other types if specified.
             * @param message CpuStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.CpuStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CpuStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CpuStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CpuStatus {

            /** Properties of a CpuStatus. */
            interface $Properties {

                /** CpuStatus user */
                user?: (number|null);

                /** CpuStatus nice */
                nice?: (number|null);

                /** CpuStatus system */
                system?: (number|null);

                /** CpuStatus idle */
                idle?: (number|null);

                /** CpuStatus iowait */
                iowait?: (number|null);

                /** CpuStatus irq */
                irq?: (number|null);

                /** CpuStatus softirq */
                softirq?: (number|null);

                /** CpuStatus steal */
                steal?: (number|null);

                /** CpuStatus busy */
                busy?: (number|null);

                /** CpuStatus perCpuBusy */
                perCpuBusy?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CpuStatus. */
            type $Shape = lama.v1.CpuStatus.$Properties;
        }

        /**
         * Properties of a MemoryStatus.
         * @deprecated Use lama.v1.MemoryStatus.$Properties instead.
         */
        interface IMemoryStatus extends lama.v1.MemoryStatus.$Properties {
        }

        /** Represents a MemoryStatus. */
        class MemoryStatus {

            /**
             * Constructs a new MemoryStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.MemoryStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemoryStatus totalBytes. */
            totalBytes: number;

            /** MemoryStatus availableBytes. */
            availableBytes: number;

            /** MemoryStatus freeBytes. */
            freeBytes: number;

            /** MemoryStatus buffersBytes. */
            buffersBytes: number;

            /** MemoryStatus cachedBytes. */
            cachedBytes: number;

            /** MemoryStatus swapTotalBytes. */
            swapTotalBytes: number;

            /** MemoryStatus swapFreeBytes. */
            swapFreeBytes: number;

            /**
             * Creates a new MemoryStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemoryStatus instance
             */
            static create(properties: lama.v1.MemoryStatus.$Shape): lama.v1.MemoryStatus & lama.v1.MemoryStatus.$Shape;
            static create(properties?: lama.v1.MemoryStatus.$Properties): lama.v1.MemoryStatus;

            /**
             * Encodes the specified MemoryStatus message. Does not implicitly {@link lama.v1.MemoryStatus.verify|verify} messages.
             * @param message MemoryStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.MemoryStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MemoryStatus message, length delimited. Does not implicitly {@link lama.v1.MemoryStatus.verify|verify} messages.
             * @param message MemoryStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.MemoryStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemoryStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.MemoryStatus & lama.v1.MemoryStatus.$Shape} MemoryStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.MemoryStatus & lama.v1.MemoryStatus.$Shape;

            /**
             * Decodes a MemoryStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.MemoryStatus & lama.v1.MemoryStatus.$Shape} MemoryStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.MemoryStatus & lama.v1.MemoryStatus.$Shape;

            /**
             * Verifies a MemoryStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MemoryStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemoryStatus
             */
            static fromObject(object: { [k: string]: any }): lama.v1.MemoryStatus;

            /**
             * Creates a plain object from a MemoryStatus message. Also converts values to other types if specified.
             * @param message MemoryStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.MemoryStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemoryStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemoryStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemoryStatus {

            /** Properties of a MemoryStatus. */
            interface $Properties {

                /** MemoryStatus totalBytes */
                totalBytes?: (number|null);

                /** MemoryStatus availableBytes */
                availableBytes?: (number|null);

                /** MemoryStatus freeBytes */
                freeBytes?: (number|null);

                /** MemoryStatus buffersBytes */
                buffersBytes?: (number|null);

                /** MemoryStatus cachedBytes */
                cachedBytes?: (number|null);

                /** MemoryStatus swapTotalBytes */
                swapTotalBytes?: (number|null);

                /** MemoryStatus swapFreeBytes */
                swapFreeBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemoryStatus. */
            type $Shape = lama.v1.MemoryStatus.$Properties;
        }

        /**
         * Properties of a LoadAverage.
         * @deprecated Use lama.v1.LoadAverage.$Properties instead.
         */
        interface ILoadAverage extends lama.v1.LoadAverage.$Properties {
        }

        /** Represents a LoadAverage. */
        class LoadAverage {

            /**
             * Constructs a new LoadAverage.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.LoadAverage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadAverage one. */
            one: number;

            /** LoadAverage five. */
            five: number;

            /** LoadAverage fifteen. */
            fifteen: number;

            /** LoadAverage running. */
            running: number;

            /** LoadAverage total. */
            total: number;

            /**
             * Creates a new LoadAverage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadAverage instance
             */
            static create(properties: lama.v1.LoadAverage.$Shape): lama.v1.LoadAverage & lama.v1.LoadAverage.$Shape;
            static create(properties?: lama.v1.LoadAverage.$Properties): lama.v1.LoadAverage;

            /**
             * Encodes the specified LoadAverage message. Does not implicitly {@link lama.v1.LoadAverage.verify|verify} messages.
             * @param message LoadAverage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.LoadAverage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LoadAverage message, length delimited. Does not implicitly {@link lama.v1.LoadAverage.verify|verify} messages.
             * @param message LoadAverage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.LoadAverage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadAverage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.LoadAverage & lama.v1.LoadAverage.$Shape} LoadAverage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.LoadAverage & lama.v1.LoadAverage.$Shape;

            /**
             * Decodes a LoadAverage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.LoadAverage & lama.v1.LoadAverage.$Shape} LoadAverage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.LoadAverage & lama.v1.LoadAverage.$Shape;

            /**
             * Verifies a LoadAverage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadAverage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadAverage
             */
            static fromObject(object: { [k: string]: any }): lama.v1.LoadAverage;

            /**
             * Creates a plain object from a LoadAverage message. Also converts values to other types if specified.
             * @param message LoadAverage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.LoadAverage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadAverage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LoadAverage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadAverage {

            /** Properties of a LoadAverage. */
            interface $Properties {

                /** LoadAverage one */
                one?: (number|null);

                /** LoadAverage five */
                five?: (number|null);

                /** LoadAverage fifteen */
                fifteen?: (number|null);

                /** LoadAverage running */
                running?: (number|null);

                /** LoadAverage total */
                total?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadAverage. */
            type $Shape = lama.v1.LoadAverage.$Properties;
        }

        /**
         * Properties of an InterfaceStatus.
         * @deprecated Use lama.v1.InterfaceStatus.$Properties instead.
         */
        interface IInterfaceStatus extends lama.v1.InterfaceStatus.$Properties {
        }

        /** Represents an InterfaceStatus. */
        class InterfaceStatus {

            /**
             * Constructs a new InterfaceStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.InterfaceStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InterfaceStatus name. */
            name: string;

            /** InterfaceStatus rxBps. */
            rxBps: number;

            /** InterfaceStatus txBps. */
            txBps: number;

            /** InterfaceStatus rxPps. */
            rxPps: number;

            /** InterfaceStatus txPps. */
            txPps: number;

            /** InterfaceStatus rxErrorsPs. */
            rxErrorsPs: number;

            /** InterfaceStatus txErrorsPs. */
            txErrorsPs: number;

            /** InterfaceStatus rxDropsPs. */
            rxDropsPs: number;

            /** InterfaceStatus txDropsPs. */
            txDropsPs: number;

            /** InterfaceStatus rxBytes. */
            rxBytes: number;

            /** InterfaceStatus txBytes. */
            txBytes: number;

            /** InterfaceStatus speedBps. */
            speedBps: number;

            /**
             * Creates a new InterfaceStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InterfaceStatus instance
             */
            static create(properties: lama.v1.InterfaceStatus.$Shape): lama.v1.InterfaceStatus & lama.v1.InterfaceStatus.$Shape;
            static create(properties?: lama.v1.InterfaceStatus.$Properties): lama.v1.InterfaceStatus;

            /**
             * Encodes the specified InterfaceStatus message. Does not implicitly {@link lama.v1.InterfaceStatus.verify|verify} messages.
             * @param message InterfaceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.InterfaceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InterfaceStatus message, length delimited. Does not implicitly {@link lama.v1.InterfaceStatus.verify|verify} messages.
             * @param message InterfaceStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.InterfaceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InterfaceStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.InterfaceStatus & lama.v1.InterfaceStatus.$Shape} InterfaceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.InterfaceStatus & lama.v1.InterfaceStatus.$Shape;

            /**
             * Decodes an InterfaceStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.InterfaceStatus & lama.v1.InterfaceStatus.$Shape} InterfaceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.InterfaceStatus & lama.v1.InterfaceStatus.$Shape;

            /**
             * Verifies an InterfaceStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InterfaceStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InterfaceStatus
             */
            static fromObject(object: { [k: string]: any }): lama.v1.InterfaceStatus;

            /**
             * Creates a plain object from an InterfaceStatus message. Also converts values to other types if specified.
             * @param message InterfaceStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.InterfaceStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InterfaceStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InterfaceStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterfaceStatus {

            /** Properties of an InterfaceStatus. */
            interface $Properties {

                /** InterfaceStatus name */
                name?: (string|null);

                /** InterfaceStatus rxBps */
                rxBps?: (number|null);

                /** InterfaceStatus txBps */
                txBps?: (number|null);

                /** InterfaceStatus rxPps */
                rxPps?: (number|null);

                /** InterfaceStatus txPps */
                txPps?: (number|null);

                /** InterfaceStatus rxErrorsPs */
                rxErrorsPs?: (number|null);

                /** InterfaceStatus txErrorsPs */
                txErrorsPs?: (number|null);

                /** InterfaceStatus rxDropsPs */
                rxDropsPs?: (number|null);

                /** InterfaceStatus txDropsPs */
                txDropsPs?: (number|null);

                /** InterfaceStatus rxBytes */
                rxBytes?: (number|null);

                /** InterfaceStatus txBytes */
                txBytes?: (number|null);

                /** InterfaceStatus speedBps */
                speedBps?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InterfaceStatus. */
            type $Shape = lama.v1.InterfaceStatus.$Properties;
        }

        /**
         * Properties of a DiskStatus.
         * @deprecated Use lama.v1.DiskStatus.$Properties instead.
         */
        interface IDiskStatus extends lama.v1.DiskStatus.$Properties {
        }

        /** Represents a DiskStatus. */
        class DiskStatus {

            /**
             * Constructs a new DiskStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.DiskStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DiskStatus name. */
            name: string;

            /** DiskStatus readBps. */
            readBps: number;

            /** DiskStatus writeBps. */
            writeBps: number;

            /** DiskStatus readIops. */
            readIops: number;

            /** DiskStatus writeIops. */
            writeIops: number;

            /** DiskStatus busy. */
            busy: number;

            /**
             * Creates a new DiskStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DiskStatus instance
             */
            static create(properties: lama.v1.DiskStatus.$Shape): lama.v1.DiskStatus & lama.v1.DiskStatus.$Shape;
            static create(properties?: lama.v1.DiskStatus.$Properties): lama.v1.DiskStatus;

            /**
             * Encodes the specified DiskStatus message. Does not implicitly {@link lama.v1.DiskStatus.verify|verify} messages.
             * @param message DiskStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.DiskStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DiskStatus message, length delimited. Does not implicitly {@link lama.v1.DiskStatus.verify|verify} messages.
             * @param message DiskStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.DiskStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DiskStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.DiskStatus & lama.v1.DiskStatus.$Shape} DiskStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.DiskStatus & lama.v1.DiskStatus.$Shape;

            /**
             * Decodes a DiskStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.DiskStatus & lama.v1.DiskStatus.$Shape} DiskStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.DiskStatus & lama.v1.DiskStatus.$Shape;

            /**
             * Verifies a DiskStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DiskStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DiskStatus
             */
            static fromObject(object: { [k: string]: any }): lama.v1.DiskStatus;

            /**
             * Creates a plain object from a DiskStatus message. Also converts values to other types if specified.
             * @param message DiskStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.DiskStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DiskStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DiskStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiskStatus {

            /** Properties of a DiskStatus. */
            interface $Properties {

                /** DiskStatus name */
                name?: (string|null);

                /** DiskStatus readBps */
                readBps?: (number|null);

                /** DiskStatus writeBps */
                writeBps?: (number|null);

                /** DiskStatus readIops */
                readIops?: (number|null);

                /** DiskStatus writeIops */
                writeIops?: (number|null);

                /** DiskStatus busy */
                busy?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DiskStatus. */
            type $Shape = lama.v1.DiskStatus.$Properties;
        }

        /**
         * Properties of a FileSystemStatus.
         * @deprecated Use lama.v1.FileSystemStatus.$Properties instead.
         */
        interface IFileSystemStatus extends lama.v1.FileSystemStatus.$Properties {
        }

        /** Represents a FileSystemStatus. */
        class FileSystemStatus {

            /**
             * Constructs a new FileSystemStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: lama.v1.FileSystemStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FileSystemStatus mount. */
            mount: string;

            /** FileSystemStatus type. */
            type: string;

            /** FileSystemStatus sizeBytes. */
            sizeBytes: number;

            /** FileSystemStatus usedBytes. */
            usedBytes: number;

            /** FileSystemStatus availableBytes. */
            availableBytes: number;

            /**
             * Creates a new FileSystemStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FileSystemStatus instance
             */
            static create(properties: lama.v1.FileSystemStatus.$Shape): lama.v1.FileSystemStatus & lama.v1.FileSystemStatus.$Shape;
            static create(properties?: lama.v1.FileSystemStatus.$Properties): lama.v1.FileSystemStatus;

            /**
             * Encodes the specified FileSystemStatus message. Does not implicitly {@link lama.v1.FileSystemStatus.verify|verify} messages.
             * @param message FileSystemStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: lama.v1.FileSystemStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FileSystemStatus message, length delimited. Does not implicitly {@link lama.v1.FileSystemStatus.verify|verify} messages.
             * @param message FileSystemStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: lama.v1.FileSystemStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FileSystemStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {lama.v1.FileSystemStatus & lama.v1.FileSystemStatus.$Shape} FileSystemStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): lama.v1.FileSystemStatus & lama.v1.FileSystemStatus.$Shape;

            /**
             * Decodes a FileSystemStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {lama.v1.FileSystemStatus & lama.v1.FileSystemStatus.$Shape} FileSystemStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): lama.v1.FileSystemStatus & lama.v1.FileSystemStatus.$Shape;

            /**
             * Verifies a FileSystemStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FileSystemStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FileSystemStatus
             */
            static fromObject(object: { [k: string]: any }): lama.v1.FileSystemStatus;

            /**
             * Creates a plain object from a FileSystemStatus message. Also converts values to other types if specified.
             * @param message FileSystemStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: lama.v1.FileSystemStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FileSystemStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FileSystemStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FileSystemStatus {

            /** Properties of a FileSystemStatus. */
            interface $Properties {

                /** FileSystemStatus mount */
                mount?: (string|null);

                /** FileSystemStatus type */
                type?: (string|null);

                /** FileSystemStatus sizeBytes */
                sizeBytes?: (number|null);

                /** FileSystemStatus usedBytes */
                usedBytes?: (number|null);

                /** FileSystemStatus availableBytes */
                availableBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FileSystemStatus. */
            type $Shape = lama.v1.FileSystemStatus.$Properties;
        }
    }
}
