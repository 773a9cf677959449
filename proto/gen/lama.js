/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const lama = $root.lama = (() => {

    const lama = {};

    lama.v1 = (function() {

        const v1 = {};

        v1.Sealed = (function() {

            const Sealed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Sealed.prototype.senderId = "";
            Sealed.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Sealed.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Sealed.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Sealed.prototype.announce = null;
            Sealed.prototype.grandAnnounce = null;
            Sealed.prototype.discovered = null;
            Sealed.prototype.register = null;
            Sealed.prototype.registerReply = null;
            Sealed.prototype.renew = null;
            Sealed.prototype.renewReply = null;
            Sealed.prototype.cancel = null;
            Sealed.prototype.cancelReply = null;
            Sealed.prototype.signal = null;

            let $oneOfFields;

            $Object.defineProperty(Sealed.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["announce", "grandAnnounce", "discovered", "register", "registerReply", "renew", "renewReply", "cancel", "cancelReply", "signal"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Sealed.create = function(properties) {
                return new Sealed(properties);
            };

            Sealed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(10).string(message.senderId);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(16).uint64(message.sentAtMs);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(24).uint64(message.epoch);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(32).uint64(message.seq);
                if (message.announce != null && $Object.hasOwnProperty.call(message, "announce"))
                    $root.lama.v1.Announce.encode(message.announce, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.grandAnnounce != null && $Object.hasOwnProperty.call(message, "grandAnnounce"))
                    $root.lama.v1.GrandAnnounce.encode(message.grandAnnounce, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.discovered != null && $Object.hasOwnProperty.call(message, "discovered"))
                    $root.lama.v1.Discovered.encode(message.discovered, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.register != null && $Object.hasOwnProperty.call(message, "register"))
                    $root.lama.v1.RegisterRequest.encode(message.register, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.registerReply != null && $Object.hasOwnProperty.call(message, "registerReply"))
                    $root.lama.v1.RegisterReply.encode(message.registerReply, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.renew != null && $Object.hasOwnProperty.call(message, "renew"))
                    $root.lama.v1.RenewRequest.encode(message.renew, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.renewReply != null && $Object.hasOwnProperty.call(message, "renewReply"))
                    $root.lama.v1.RenewReply.encode(message.renewReply, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    $root.lama.v1.CancelRequest.encode(message.cancel, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.cancelReply != null && $Object.hasOwnProperty.call(message, "cancelReply"))
                    $root.lama.v1.CancelReply.encode(message.cancelReply, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal"))
                    $root.lama.v1.Signal.encode(message.signal, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Sealed.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Sealed.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.Sealed();
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
                            if ((value = reader.stringVerify()).length)
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.announce = $root.lama.v1.Announce.decode(reader, reader.size(), $undefined, _depth + 1, message.announce);
                            message.body = "announce";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.grandAnnounce = $root.lama.v1.GrandAnnounce.decode(reader, reader.size(), $undefined, _depth + 1, message.grandAnnounce);
                            message.body = "grandAnnounce";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.discovered = $root.lama.v1.Discovered.decode(reader, reader.size(), $undefined, _depth + 1, message.discovered);
                            message.body = "discovered";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.register = $root.lama.v1.RegisterRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.register);
                            message.body = "register";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.registerReply = $root.lama.v1.RegisterReply.decode(reader, reader.size(), $undefined, _depth + 1, message.registerReply);
                            message.body = "registerReply";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.renew = $root.lama.v1.RenewRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.renew);
                            message.body = "renew";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.renewReply = $root.lama.v1.RenewReply.decode(reader, reader.size(), $undefined, _depth + 1, message.renewReply);
                            message.body = "renewReply";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.cancel = $root.lama.v1.CancelRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                            message.body = "cancel";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.cancelReply = $root.lama.v1.CancelReply.decode(reader, reader.size(), $undefined, _depth + 1, message.cancelReply);
                            message.body = "cancelReply";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.signal = $root.lama.v1.Signal.decode(reader, reader.size(), $undefined, _depth + 1, message.signal);
                            message.body = "signal";
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

            Sealed.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Sealed.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    if (!$util.isString(message.senderId))
                        return "senderId: string expected";
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (!$util.isInteger(message.sentAtMs) && !(message.sentAtMs && $util.isInteger(message.sentAtMs.low) && $util.isInteger(message.sentAtMs.high)))
                        return "sentAtMs: integer|Long expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                        return "epoch: integer|Long expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.announce != null && $Object.hasOwnProperty.call(message, "announce")) {
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.Announce.verify(message.announce, _depth + 1);
                        if (error)
                            return "announce." + error;
                    }
                }
                if (message.grandAnnounce != null && $Object.hasOwnProperty.call(message, "grandAnnounce")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.GrandAnnounce.verify(message.grandAnnounce, _depth + 1);
                        if (error)
                            return "grandAnnounce." + error;
                    }
                }
                if (message.discovered != null && $Object.hasOwnProperty.call(message, "discovered")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.Discovered.verify(message.discovered, _depth + 1);
                        if (error)
                            return "discovered." + error;
                    }
                }
                if (message.register != null && $Object.hasOwnProperty.call(message, "register")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.RegisterRequest.verify(message.register, _depth + 1);
                        if (error)
                            return "register." + error;
                    }
                }
                if (message.registerReply != null && $Object.hasOwnProperty.call(message, "registerReply")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.RegisterReply.verify(message.registerReply, _depth + 1);
                        if (error)
                            return "registerReply." + error;
                    }
                }
                if (message.renew != null && $Object.hasOwnProperty.call(message, "renew")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.RenewRequest.verify(message.renew, _depth + 1);
                        if (error)
                            return "renew." + error;
                    }
                }
                if (message.renewReply != null && $Object.hasOwnProperty.call(message, "renewReply")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.RenewReply.verify(message.renewReply, _depth + 1);
                        if (error)
                            return "renewReply." + error;
                    }
                }
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.CancelRequest.verify(message.cancel, _depth + 1);
                        if (error)
                            return "cancel." + error;
                    }
                }
                if (message.cancelReply != null && $Object.hasOwnProperty.call(message, "cancelReply")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.CancelReply.verify(message.cancelReply, _depth + 1);
                        if (error)
                            return "cancelReply." + error;
                    }
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.lama.v1.Signal.verify(message.signal, _depth + 1);
                        if (error)
                            return "signal." + error;
                    }
                }
                return null;
            };

            Sealed.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Sealed)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Sealed: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Sealed();
                if (object.senderId != null)
                    if (typeof object.senderId !== "string" || object.senderId.length)
                        message.senderId = $String(object.senderId);
                if (object.sentAtMs != null)
                    if (typeof object.sentAtMs === "object" ? object.sentAtMs.low || object.sentAtMs.high : $Number(object.sentAtMs) !== 0)
                        if ($util.Long)
                            message.sentAtMs = $util.Long.fromValue(object.sentAtMs, true);
                        else if (typeof object.sentAtMs === "string")
                            message.sentAtMs = $parseInt(object.sentAtMs, 10);
                        else if (typeof object.sentAtMs === "number")
                            message.sentAtMs = object.sentAtMs;
                        else if (typeof object.sentAtMs === "object")
                            message.sentAtMs = new $util.LongBits(object.sentAtMs.low >>> 0, object.sentAtMs.high >>> 0).toNumber(true);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.announce != null) {
                    if (!$util.isObject(object.announce))
                        throw $TypeError(".lama.v1.Sealed.announce: object expected");
                    message.announce = $root.lama.v1.Announce.fromObject(object.announce, _depth + 1);
                }
                if (object.grandAnnounce != null) {
                    if (!$util.isObject(object.grandAnnounce))
                        throw $TypeError(".lama.v1.Sealed.grandAnnounce: object expected");
                    message.grandAnnounce = $root.lama.v1.GrandAnnounce.fromObject(object.grandAnnounce, _depth + 1);
                }
                if (object.discovered != null) {
                    if (!$util.isObject(object.discovered))
                        throw $TypeError(".lama.v1.Sealed.discovered: object expected");
                    message.discovered = $root.lama.v1.Discovered.fromObject(object.discovered, _depth + 1);
                }
                if (object.register != null) {
                    if (!$util.isObject(object.register))
                        throw $TypeError(".lama.v1.Sealed.register: object expected");
                    message.register = $root.lama.v1.RegisterRequest.fromObject(object.register, _depth + 1);
                }
                if (object.registerReply != null) {
                    if (!$util.isObject(object.registerReply))
                        throw $TypeError(".lama.v1.Sealed.registerReply: object expected");
                    message.registerReply = $root.lama.v1.RegisterReply.fromObject(object.registerReply, _depth + 1);
                }
                if (object.renew != null) {
                    if (!$util.isObject(object.renew))
                        throw $TypeError(".lama.v1.Sealed.renew: object expected");
                    message.renew = $root.lama.v1.RenewRequest.fromObject(object.renew, _depth + 1);
                }
                if (object.renewReply != null) {
                    if (!$util.isObject(object.renewReply))
                        throw $TypeError(".lama.v1.Sealed.renewReply: object expected");
                    message.renewReply = $root.lama.v1.RenewReply.fromObject(object.renewReply, _depth + 1);
                }
                if (object.cancel != null) {
                    if (!$util.isObject(object.cancel))
                        throw $TypeError(".lama.v1.Sealed.cancel: object expected");
                    message.cancel = $root.lama.v1.CancelRequest.fromObject(object.cancel, _depth + 1);
                }
                if (object.cancelReply != null) {
                    if (!$util.isObject(object.cancelReply))
                        throw $TypeError(".lama.v1.Sealed.cancelReply: object expected");
                    message.cancelReply = $root.lama.v1.CancelReply.fromObject(object.cancelReply, _depth + 1);
                }
                if (object.signal != null) {
                    if (!$util.isObject(object.signal))
                        throw $TypeError(".lama.v1.Sealed.signal: object expected");
                    message.signal = $root.lama.v1.Signal.fromObject(object.signal, _depth + 1);
                }
                return message;
            };

            Sealed.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.senderId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sentAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId"))
                    object.senderId = message.senderId;
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentAtMs = typeof message.sentAtMs === "number" ? $BigInt(message.sentAtMs) : $util.Long.fromBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sentAtMs === "number")
                        object.sentAtMs = options.longs === $String ? $String(message.sentAtMs) : message.sentAtMs;
                    else
                        object.sentAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentAtMs) : options.longs === $Number ? new $util.LongBits(message.sentAtMs.low >>> 0, message.sentAtMs.high >>> 0).toNumber(true) : message.sentAtMs;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.announce != null && $Object.hasOwnProperty.call(message, "announce")) {
                    object.announce = $root.lama.v1.Announce.toObject(message.announce, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "announce";
                }
                if (message.grandAnnounce != null && $Object.hasOwnProperty.call(message, "grandAnnounce")) {
                    object.grandAnnounce = $root.lama.v1.GrandAnnounce.toObject(message.grandAnnounce, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "grandAnnounce";
                }
                if (message.discovered != null && $Object.hasOwnProperty.call(message, "discovered")) {
                    object.discovered = $root.lama.v1.Discovered.toObject(message.discovered, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "discovered";
                }
                if (message.register != null && $Object.hasOwnProperty.call(message, "register")) {
                    object.register = $root.lama.v1.RegisterRequest.toObject(message.register, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "register";
                }
                if (message.registerReply != null && $Object.hasOwnProperty.call(message, "registerReply")) {
                    object.registerReply = $root.lama.v1.RegisterReply.toObject(message.registerReply, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "registerReply";
                }
                if (message.renew != null && $Object.hasOwnProperty.call(message, "renew")) {
                    object.renew = $root.lama.v1.RenewRequest.toObject(message.renew, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "renew";
                }
                if (message.renewReply != null && $Object.hasOwnProperty.call(message, "renewReply")) {
                    object.renewReply = $root.lama.v1.RenewReply.toObject(message.renewReply, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "renewReply";
                }
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                    object.cancel = $root.lama.v1.CancelRequest.toObject(message.cancel, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "cancel";
                }
                if (message.cancelReply != null && $Object.hasOwnProperty.call(message, "cancelReply")) {
                    object.cancelReply = $root.lama.v1.CancelReply.toObject(message.cancelReply, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "cancelReply";
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal")) {
                    object.signal = $root.lama.v1.Signal.toObject(message.signal, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "signal";
                }
                return object;
            };

            Sealed.prototype.toJSON = function() {
                return Sealed.toObject(this, $protobuf.util.toJSONOptions);
            };

            Sealed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Sealed";
            };

            return Sealed;
        })();

        v1.Announce = (function() {

            const Announce = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Announce.prototype.item = null;
            Announce.prototype.attempt = 0;

            Announce.create = function(properties) {
                return new Announce(properties);
            };

            Announce.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    $root.lama.v1.ServiceItem.encode(message.item, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(16).uint32(message.attempt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Announce.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Announce.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.Announce();
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
                            message.item = $root.lama.v1.ServiceItem.decode(reader, reader.size(), $undefined, _depth + 1, message.item);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
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

            Announce.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Announce.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    let error = $root.lama.v1.ServiceItem.verify(message.item, _depth + 1);
                    if (error)
                        return "item." + error;
                }
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    if (!$util.isInteger(message.attempt))
                        return "attempt: integer expected";
                return null;
            };

            Announce.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Announce)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Announce: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Announce();
                if (object.item != null) {
                    if (!$util.isObject(object.item))
                        throw $TypeError(".lama.v1.Announce.item: object expected");
                    message.item = $root.lama.v1.ServiceItem.fromObject(object.item, _depth + 1);
                }
                if (object.attempt != null)
                    if ($Number(object.attempt) !== 0)
                        message.attempt = object.attempt >>> 0;
                return message;
            };

            Announce.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.item = null;
                    object.attempt = 0;
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    object.item = $root.lama.v1.ServiceItem.toObject(message.item, options, _depth + 1);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt"))
                    object.attempt = message.attempt;
                return object;
            };

            Announce.prototype.toJSON = function() {
                return Announce.toObject(this, $protobuf.util.toJSONOptions);
            };

            Announce.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Announce";
            };

            return Announce;
        })();

        v1.GrandAnnounce = (function() {

            const GrandAnnounce = function (properties) {
                this.endpoints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            GrandAnnounce.prototype.grandId = "";
            GrandAnnounce.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            GrandAnnounce.prototype.endpoints = $util.emptyArray;
            GrandAnnounce.prototype.policy = null;
            GrandAnnounce.prototype.version = "";

            GrandAnnounce.create = function(properties) {
                return new GrandAnnounce(properties);
            };

            GrandAnnounce.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId") && message.grandId !== "")
                    writer.uint32(10).string(message.grandId);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(16).uint64(message.epoch);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        writer.uint32(26).string(message.endpoints[i]);
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.lama.v1.LeasePolicy.encode(message.policy, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(42).string(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            GrandAnnounce.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            GrandAnnounce.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.GrandAnnounce();
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
                            if ((value = reader.stringVerify()).length)
                                message.grandId = value;
                            else
                                delete message.grandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.lama.v1.LeasePolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
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

            GrandAnnounce.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            GrandAnnounce.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId"))
                    if (!$util.isString(message.grandId))
                        return "grandId: string expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                        return "epoch: integer|Long expected";
                if (message.endpoints != null && $Object.hasOwnProperty.call(message, "endpoints")) {
                    if (!$Array.isArray(message.endpoints))
                        return "endpoints: array expected";
                    for (let i = 0; i < message.endpoints.length; ++i)
                        if (!$util.isString(message.endpoints[i]))
                            return "endpoints: string[] expected";
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    let error = $root.lama.v1.LeasePolicy.verify(message.policy, _depth + 1);
                    if (error)
                        return "policy." + error;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                return null;
            };

            GrandAnnounce.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.GrandAnnounce)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.GrandAnnounce: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.GrandAnnounce();
                if (object.grandId != null)
                    if (typeof object.grandId !== "string" || object.grandId.length)
                        message.grandId = $String(object.grandId);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.endpoints) {
                    if (!$Array.isArray(object.endpoints))
                        throw $TypeError(".lama.v1.GrandAnnounce.endpoints: array expected");
                    message.endpoints = $Array(object.endpoints.length);
                    for (let i = 0; i < object.endpoints.length; ++i)
                        message.endpoints[i] = $String(object.endpoints[i]);
                }
                if (object.policy != null) {
                    if (!$util.isObject(object.policy))
                        throw $TypeError(".lama.v1.GrandAnnounce.policy: object expected");
                    message.policy = $root.lama.v1.LeasePolicy.fromObject(object.policy, _depth + 1);
                }
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                return message;
            };

            GrandAnnounce.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.endpoints = [];
                if (options.defaults) {
                    object.grandId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.policy = null;
                    object.version = "";
                }
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId"))
                    object.grandId = message.grandId;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.endpoints && message.endpoints.length) {
                    object.endpoints = $Array(message.endpoints.length);
                    for (let j = 0; j < message.endpoints.length; ++j)
                        object.endpoints[j] = message.endpoints[j];
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    object.policy = $root.lama.v1.LeasePolicy.toObject(message.policy, options, _depth + 1);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                return object;
            };

            GrandAnnounce.prototype.toJSON = function() {
                return GrandAnnounce.toObject(this, $protobuf.util.toJSONOptions);
            };

            GrandAnnounce.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.GrandAnnounce";
            };

            return GrandAnnounce;
        })();

        v1.Discovered = (function() {

            const Discovered = function (properties) {
                this.endpoints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Discovered.prototype.grandId = "";
            Discovered.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Discovered.prototype.endpoints = $util.emptyArray;
            Discovered.prototype.policy = null;

            Discovered.create = function(properties) {
                return new Discovered(properties);
            };

            Discovered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId") && message.grandId !== "")
                    writer.uint32(10).string(message.grandId);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(16).uint64(message.epoch);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        writer.uint32(26).string(message.endpoints[i]);
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.lama.v1.LeasePolicy.encode(message.policy, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Discovered.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Discovered.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.Discovered();
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
                            if ((value = reader.stringVerify()).length)
                                message.grandId = value;
                            else
                                delete message.grandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.lama.v1.LeasePolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
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

            Discovered.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Discovered.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId"))
                    if (!$util.isString(message.grandId))
                        return "grandId: string expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                        return "epoch: integer|Long expected";
                if (message.endpoints != null && $Object.hasOwnProperty.call(message, "endpoints")) {
                    if (!$Array.isArray(message.endpoints))
                        return "endpoints: array expected";
                    for (let i = 0; i < message.endpoints.length; ++i)
                        if (!$util.isString(message.endpoints[i]))
                            return "endpoints: string[] expected";
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    let error = $root.lama.v1.LeasePolicy.verify(message.policy, _depth + 1);
                    if (error)
                        return "policy." + error;
                }
                return null;
            };

            Discovered.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Discovered)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Discovered: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Discovered();
                if (object.grandId != null)
                    if (typeof object.grandId !== "string" || object.grandId.length)
                        message.grandId = $String(object.grandId);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.endpoints) {
                    if (!$Array.isArray(object.endpoints))
                        throw $TypeError(".lama.v1.Discovered.endpoints: array expected");
                    message.endpoints = $Array(object.endpoints.length);
                    for (let i = 0; i < object.endpoints.length; ++i)
                        message.endpoints[i] = $String(object.endpoints[i]);
                }
                if (object.policy != null) {
                    if (!$util.isObject(object.policy))
                        throw $TypeError(".lama.v1.Discovered.policy: object expected");
                    message.policy = $root.lama.v1.LeasePolicy.fromObject(object.policy, _depth + 1);
                }
                return message;
            };

            Discovered.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.endpoints = [];
                if (options.defaults) {
                    object.grandId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.policy = null;
                }
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId"))
                    object.grandId = message.grandId;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.endpoints && message.endpoints.length) {
                    object.endpoints = $Array(message.endpoints.length);
                    for (let j = 0; j < message.endpoints.length; ++j)
                        object.endpoints[j] = message.endpoints[j];
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    object.policy = $root.lama.v1.LeasePolicy.toObject(message.policy, options, _depth + 1);
                return object;
            };

            Discovered.prototype.toJSON = function() {
                return Discovered.toObject(this, $protobuf.util.toJSONOptions);
            };

            Discovered.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Discovered";
            };

            return Discovered;
        })();

        v1.LeasePolicy = (function() {

            const LeasePolicy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LeasePolicy.prototype.minLeaseMs = 0;
            LeasePolicy.prototype.maxLeaseMs = 0;
            LeasePolicy.prototype.renewEveryMs = 0;

            LeasePolicy.create = function(properties) {
                return new LeasePolicy(properties);
            };

            LeasePolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.minLeaseMs != null && $Object.hasOwnProperty.call(message, "minLeaseMs") && message.minLeaseMs !== 0)
                    writer.uint32(8).uint32(message.minLeaseMs);
                if (message.maxLeaseMs != null && $Object.hasOwnProperty.call(message, "maxLeaseMs") && message.maxLeaseMs !== 0)
                    writer.uint32(16).uint32(message.maxLeaseMs);
                if (message.renewEveryMs != null && $Object.hasOwnProperty.call(message, "renewEveryMs") && message.renewEveryMs !== 0)
                    writer.uint32(24).uint32(message.renewEveryMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LeasePolicy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LeasePolicy.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.LeasePolicy();
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
                                message.minLeaseMs = value;
                            else
                                delete message.minLeaseMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxLeaseMs = value;
                            else
                                delete message.maxLeaseMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.renewEveryMs = value;
                            else
                                delete message.renewEveryMs;
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

            LeasePolicy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LeasePolicy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.minLeaseMs != null && $Object.hasOwnProperty.call(message, "minLeaseMs"))
                    if (!$util.isInteger(message.minLeaseMs))
                        return "minLeaseMs: integer expected";
                if (message.maxLeaseMs != null && $Object.hasOwnProperty.call(message, "maxLeaseMs"))
                    if (!$util.isInteger(message.maxLeaseMs))
                        return "maxLeaseMs: integer expected";
                if (message.renewEveryMs != null && $Object.hasOwnProperty.call(message, "renewEveryMs"))
                    if (!$util.isInteger(message.renewEveryMs))
                        return "renewEveryMs: integer expected";
                return null;
            };

            LeasePolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.LeasePolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.LeasePolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.LeasePolicy();
                if (object.minLeaseMs != null)
                    if ($Number(object.minLeaseMs) !== 0)
                        message.minLeaseMs = object.minLeaseMs >>> 0;
                if (object.maxLeaseMs != null)
                    if ($Number(object.maxLeaseMs) !== 0)
                        message.maxLeaseMs = object.maxLeaseMs >>> 0;
                if (object.renewEveryMs != null)
                    if ($Number(object.renewEveryMs) !== 0)
                        message.renewEveryMs = object.renewEveryMs >>> 0;
                return message;
            };

            LeasePolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.minLeaseMs = 0;
                    object.maxLeaseMs = 0;
                    object.renewEveryMs = 0;
                }
                if (message.minLeaseMs != null && $Object.hasOwnProperty.call(message, "minLeaseMs"))
                    object.minLeaseMs = message.minLeaseMs;
                if (message.maxLeaseMs != null && $Object.hasOwnProperty.call(message, "maxLeaseMs"))
                    object.maxLeaseMs = message.maxLeaseMs;
                if (message.renewEveryMs != null && $Object.hasOwnProperty.call(message, "renewEveryMs"))
                    object.renewEveryMs = message.renewEveryMs;
                return object;
            };

            LeasePolicy.prototype.toJSON = function() {
                return LeasePolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            LeasePolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.LeasePolicy";
            };

            return LeasePolicy;
        })();

        v1.ServiceItem = (function() {

            const ServiceItem = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ServiceItem.prototype.serviceId = "";
            ServiceItem.prototype.attributes = null;

            ServiceItem.create = function(properties) {
                return new ServiceItem(properties);
            };

            ServiceItem.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                    writer.uint32(10).string(message.serviceId);
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    $root.lama.v1.Attributes.encode(message.attributes, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ServiceItem.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ServiceItem.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.ServiceItem();
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
                            if ((value = reader.stringVerify()).length)
                                message.serviceId = value;
                            else
                                delete message.serviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.attributes = $root.lama.v1.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.attributes);
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

            ServiceItem.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ServiceItem.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    if (!$util.isString(message.serviceId))
                        return "serviceId: string expected";
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                    let error = $root.lama.v1.Attributes.verify(message.attributes, _depth + 1);
                    if (error)
                        return "attributes." + error;
                }
                return null;
            };

            ServiceItem.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.ServiceItem)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.ServiceItem: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.ServiceItem();
                if (object.serviceId != null)
                    if (typeof object.serviceId !== "string" || object.serviceId.length)
                        message.serviceId = $String(object.serviceId);
                if (object.attributes != null) {
                    if (!$util.isObject(object.attributes))
                        throw $TypeError(".lama.v1.ServiceItem.attributes: object expected");
                    message.attributes = $root.lama.v1.Attributes.fromObject(object.attributes, _depth + 1);
                }
                return message;
            };

            ServiceItem.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.serviceId = "";
                    object.attributes = null;
                }
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    object.serviceId = message.serviceId;
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    object.attributes = $root.lama.v1.Attributes.toObject(message.attributes, options, _depth + 1);
                return object;
            };

            ServiceItem.prototype.toJSON = function() {
                return ServiceItem.toObject(this, $protobuf.util.toJSONOptions);
            };

            ServiceItem.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.ServiceItem";
            };

            return ServiceItem;
        })();

        v1.Attributes = (function() {

            const Attributes = function (properties) {
                this.roles = [];
                this.addresses = [];
                this.extra = {};
                this.adaptors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Attributes.prototype.roles = $util.emptyArray;
            Attributes.prototype.hostname = "";
            Attributes.prototype.addresses = $util.emptyArray;
            Attributes.prototype.linkCapacityBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Attributes.prototype.agentVersion = "";
            Attributes.prototype.extra = $util.emptyObject;
            Attributes.prototype.adaptors = $util.emptyArray;

            Attributes.create = function(properties) {
                return new Attributes(properties);
            };

            Attributes.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(10).string(message.roles[i]);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(18).string(message.hostname);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(26).string(message.addresses[i]);
                if (message.linkCapacityBps != null && $Object.hasOwnProperty.call(message, "linkCapacityBps") && (typeof message.linkCapacityBps === "object" ? message.linkCapacityBps.low || message.linkCapacityBps.high : message.linkCapacityBps !== 0))
                    writer.uint32(32).uint64(message.linkCapacityBps);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(42).string(message.agentVersion);
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                    for (let keys = $Object.keys(message.extra), i = 0; i < keys.length; ++i)
                        writer.uint32(50).fork().uint32(10).string(keys[i]).uint32(18).string(message.extra[keys[i]]).ldelim();
                if (message.adaptors != null && message.adaptors.length)
                    for (let i = 0; i < message.adaptors.length; ++i)
                        writer.uint32(58).string(message.adaptors[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Attributes.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Attributes.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.lama.v1.Attributes();
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
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.linkCapacityBps = value;
                            else
                                delete message.linkCapacityBps;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.extra === $util.emptyObject)
                                message.extra = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.extra, key);
                            message.extra[key] = value;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.adaptors && message.adaptors.length))
                                message.adaptors = [];
                            message.adaptors.push(reader.stringVerify());
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

            Attributes.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Attributes.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.roles != null && $Object.hasOwnProperty.call(message, "roles")) {
                    if (!$Array.isArray(message.roles))
                        return "roles: array expected";
                    for (let i = 0; i < message.roles.length; ++i)
                        if (!$util.isString(message.roles[i]))
                            return "roles: string[] expected";
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i)
                        if (!$util.isString(message.addresses[i]))
                            return "addresses: string[] expected";
                }
                if (message.linkCapacityBps != null && $Object.hasOwnProperty.call(message, "linkCapacityBps"))
                    if (!$util.isInteger(message.linkCapacityBps) && !(message.linkCapacityBps && $util.isInteger(message.linkCapacityBps.low) && $util.isInteger(message.linkCapacityBps.high)))
                        return "linkCapacityBps: integer|Long expected";
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    if (!$util.isString(message.agentVersion))
                        return "agentVersion: string expected";
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra")) {
                    if (!$util.isObject(message.extra))
                        return "extra: object expected";
                    let key = $Object.keys(message.extra);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.extra[key[i]]))
                            return "extra: string{k:string} expected";
                }
                if (message.adaptors != null && $Object.hasOwnProperty.call(message, "adaptors")) {
                    if (!$Array.isArray(message.adaptors))
                        return "adaptors: array expected";
                    for (let i = 0; i < message.adaptors.length; ++i)
                        if (!$util.isString(message.adaptors[i]))
                            return "adaptors: string[] expected";
                }
                return null;
            };

            Attributes.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Attributes)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Attributes: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Attributes();
                if (object.roles) {
                    if (!$Array.isArray(object.roles))
                        throw $TypeError(".lama.v1.Attributes.roles: array expected");
                    message.roles = $Array(object.roles.length);
                    for (let i = 0; i < object.roles.length; ++i)
                        message.roles[i] = $String(object.roles[i]);
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".lama.v1.Attributes.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i)
                        message.addresses[i] = $String(object.addresses[i]);
                }
                if (object.linkCapacityBps != null)
                    if (typeof object.linkCapacityBps === "object" ? object.linkCapacityBps.low || object.linkCapacityBps.high : $Number(object.linkCapacityBps) !== 0)
                        if ($util.Long)
                            message.linkCapacityBps = $util.Long.fromValue(object.linkCapacityBps, true);
                        else if (typeof object.linkCapacityBps === "string")
                            message.linkCapacityBps = $parseInt(object.linkCapacityBps, 10);
                        else if (typeof object.linkCapacityBps === "number")
                            message.linkCapacityBps = object.linkCapacityBps;
                        else if (typeof object.linkCapacityBps === "object")
                            message.linkCapacityBps = new $util.LongBits(object.linkCapacityBps.low >>> 0, object.linkCapacityBps.high >>> 0).toNumber(true);
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.extra) {
                    if (!$util.isObject(object.extra))
                        throw $TypeError(".lama.v1.Attributes.extra: object expected");
                    message.extra = {};
                    for (let keys = $Object.keys(object.extra), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.extra, keys[i]);
                        message.extra[keys[i]] = $String(object.extra[keys[i]]);
                    }
                }
                if (object.adaptors) {
                    if (!$Array.isArray(object.adaptors))
                        throw $TypeError(".lama.v1.Attributes.adaptors: array expected");
                    message.adaptors = $Array(object.adaptors.length);
                    for (let i = 0; i < object.adaptors.length; ++i)
                        message.adaptors[i] = $String(object.adaptors[i]);
                }
                return message;
            };

            Attributes.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.roles = [];
                    object.addresses = [];
                    object.adaptors = [];
                }
                if (options.objects || options.defaults)
                    object.extra = {};
                if (options.defaults) {
                    object.hostname = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.linkCapacityBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.linkCapacityBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.agentVersion = "";
                }
                if (message.roles && message.roles.length) {
                    object.roles = $Array(message.roles.length);
                    for (let j = 0; j < message.roles.length; ++j)
                        object.roles[j] = message.roles[j];
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = message.addresses[j];
                }
                if (message.linkCapacityBps != null && $Object.hasOwnProperty.call(message, "linkCapacityBps"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.linkCapacityBps = typeof message.linkCapacityBps === "number" ? $BigInt(message.linkCapacityBps) : $util.Long.fromBits(message.linkCapacityBps.low >>> 0, message.linkCapacityBps.high >>> 0, true).toBigInt();
                    else if (typeof message.linkCapacityBps === "number")
                        object.linkCapacityBps = options.longs === $String ? $String(message.linkCapacityBps) : message.linkCapacityBps;
                    else
                        object.linkCapacityBps = options.longs === $String ? $util.Long.prototype.toString.call(message.linkCapacityBps) : options.longs === $Number ? new $util.LongBits(message.linkCapacityBps.low >>> 0, message.linkCapacityBps.high >>> 0).toNumber(true) : message.linkCapacityBps;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                let keys2;
                if (message.extra && (keys2 = $Object.keys(message.extra)).length) {
                    object.extra = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.extra, keys2[j]);
                        object.extra[keys2[j]] = message.extra[keys2[j]];
                    }
                }
                if (message.adaptors && message.adaptors.length) {
                    object.adaptors = $Array(message.adaptors.length);
                    for (let j = 0; j < message.adaptors.length; ++j)
                        object.adaptors[j] = message.adaptors[j];
                }
                return object;
            };

            Attributes.prototype.toJSON = function() {
                return Attributes.toObject(this, $protobuf.util.toJSONOptions);
            };

            Attributes.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Attributes";
            };

            return Attributes;
        })();

        v1.RegisterRequest = (function() {

            const RegisterRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegisterRequest.prototype.requestId = 0;
            RegisterRequest.prototype.item = null;
            RegisterRequest.prototype.requestedLeaseMs = 0;
            RegisterRequest.prototype.bootId = "";
            RegisterRequest.prototype.grandEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RegisterRequest.create = function(properties) {
                return new RegisterRequest(properties);
            };

            RegisterRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(8).uint32(message.requestId);
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    $root.lama.v1.ServiceItem.encode(message.item, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.requestedLeaseMs != null && $Object.hasOwnProperty.call(message, "requestedLeaseMs") && message.requestedLeaseMs !== 0)
                    writer.uint32(24).uint32(message.requestedLeaseMs);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(34).string(message.bootId);
                if (message.grandEpoch != null && $Object.hasOwnProperty.call(message, "grandEpoch") && (typeof message.grandEpoch === "object" ? message.grandEpoch.low || message.grandEpoch.high : message.grandEpoch !== 0))
                    writer.uint32(40).uint64(message.grandEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegisterRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RegisterRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.RegisterRequest();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.item = $root.lama.v1.ServiceItem.decode(reader, reader.size(), $undefined, _depth + 1, message.item);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestedLeaseMs = value;
                            else
                                delete message.requestedLeaseMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.grandEpoch = value;
                            else
                                delete message.grandEpoch;
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

            RegisterRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RegisterRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    let error = $root.lama.v1.ServiceItem.verify(message.item, _depth + 1);
                    if (error)
                        return "item." + error;
                }
                if (message.requestedLeaseMs != null && $Object.hasOwnProperty.call(message, "requestedLeaseMs"))
                    if (!$util.isInteger(message.requestedLeaseMs))
                        return "requestedLeaseMs: integer expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.grandEpoch != null && $Object.hasOwnProperty.call(message, "grandEpoch"))
                    if (!$util.isInteger(message.grandEpoch) && !(message.grandEpoch && $util.isInteger(message.grandEpoch.low) && $util.isInteger(message.grandEpoch.high)))
                        return "grandEpoch: integer|Long expected";
                return null;
            };

            RegisterRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.RegisterRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.RegisterRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.RegisterRequest();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.item != null) {
                    if (!$util.isObject(object.item))
                        throw $TypeError(".lama.v1.RegisterRequest.item: object expected");
                    message.item = $root.lama.v1.ServiceItem.fromObject(object.item, _depth + 1);
                }
                if (object.requestedLeaseMs != null)
                    if ($Number(object.requestedLeaseMs) !== 0)
                        message.requestedLeaseMs = object.requestedLeaseMs >>> 0;
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.grandEpoch != null)
                    if (typeof object.grandEpoch === "object" ? object.grandEpoch.low || object.grandEpoch.high : $Number(object.grandEpoch) !== 0)
                        if ($util.Long)
                            message.grandEpoch = $util.Long.fromValue(object.grandEpoch, true);
                        else if (typeof object.grandEpoch === "string")
                            message.grandEpoch = $parseInt(object.grandEpoch, 10);
                        else if (typeof object.grandEpoch === "number")
                            message.grandEpoch = object.grandEpoch;
                        else if (typeof object.grandEpoch === "object")
                            message.grandEpoch = new $util.LongBits(object.grandEpoch.low >>> 0, object.grandEpoch.high >>> 0).toNumber(true);
                return message;
            };

            RegisterRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = 0;
                    object.item = null;
                    object.requestedLeaseMs = 0;
                    object.bootId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.grandEpoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.grandEpoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    object.item = $root.lama.v1.ServiceItem.toObject(message.item, options, _depth + 1);
                if (message.requestedLeaseMs != null && $Object.hasOwnProperty.call(message, "requestedLeaseMs"))
                    object.requestedLeaseMs = message.requestedLeaseMs;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.grandEpoch != null && $Object.hasOwnProperty.call(message, "grandEpoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.grandEpoch = typeof message.grandEpoch === "number" ? $BigInt(message.grandEpoch) : $util.Long.fromBits(message.grandEpoch.low >>> 0, message.grandEpoch.high >>> 0, true).toBigInt();
                    else if (typeof message.grandEpoch === "number")
                        object.grandEpoch = options.longs === $String ? $String(message.grandEpoch) : message.grandEpoch;
                    else
                        object.grandEpoch = options.longs === $String ? $util.Long.prototype.toString.call(message.grandEpoch) : options.longs === $Number ? new $util.LongBits(message.grandEpoch.low >>> 0, message.grandEpoch.high >>> 0).toNumber(true) : message.grandEpoch;
                return object;
            };

            RegisterRequest.prototype.toJSON = function() {
                return RegisterRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RegisterRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.RegisterRequest";
            };

            return RegisterRequest;
        })();

        v1.RegisterReply = (function() {

            const RegisterReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegisterReply.prototype.requestId = 0;
            RegisterReply.prototype.status = 0;
            RegisterReply.prototype.leaseId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RegisterReply.prototype.grantedMs = 0;
            RegisterReply.prototype.grandId = "";
            RegisterReply.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RegisterReply.prototype.error = "";

            RegisterReply.create = function(properties) {
                return new RegisterReply(properties);
            };

            RegisterReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(8).uint32(message.requestId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && (typeof message.leaseId === "object" ? message.leaseId.low || message.leaseId.high : message.leaseId !== 0))
                    writer.uint32(24).uint64(message.leaseId);
                if (message.grantedMs != null && $Object.hasOwnProperty.call(message, "grantedMs") && message.grantedMs !== 0)
                    writer.uint32(32).uint32(message.grantedMs);
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId") && message.grandId !== "")
                    writer.uint32(42).string(message.grandId);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(48).uint64(message.epoch);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(58).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegisterReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RegisterReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.RegisterReply();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
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
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.grantedMs = value;
                            else
                                delete message.grantedMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.grandId = value;
                            else
                                delete message.grandId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
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

            RegisterReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RegisterReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isInteger(message.leaseId) && !(message.leaseId && $util.isInteger(message.leaseId.low) && $util.isInteger(message.leaseId.high)))
                        return "leaseId: integer|Long expected";
                if (message.grantedMs != null && $Object.hasOwnProperty.call(message, "grantedMs"))
                    if (!$util.isInteger(message.grantedMs))
                        return "grantedMs: integer expected";
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId"))
                    if (!$util.isString(message.grandId))
                        return "grandId: string expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                        return "epoch: integer|Long expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                return null;
            };

            RegisterReply.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.RegisterReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.RegisterReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.RegisterReply();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.lama.v1.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_OK":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_UNKNOWN_LEASE":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_REJECTED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.leaseId != null)
                    if (typeof object.leaseId === "object" ? object.leaseId.low || object.leaseId.high : $Number(object.leaseId) !== 0)
                        if ($util.Long)
                            message.leaseId = $util.Long.fromValue(object.leaseId, true);
                        else if (typeof object.leaseId === "string")
                            message.leaseId = $parseInt(object.leaseId, 10);
                        else if (typeof object.leaseId === "number")
                            message.leaseId = object.leaseId;
                        else if (typeof object.leaseId === "object")
                            message.leaseId = new $util.LongBits(object.leaseId.low >>> 0, object.leaseId.high >>> 0).toNumber(true);
                if (object.grantedMs != null)
                    if ($Number(object.grantedMs) !== 0)
                        message.grantedMs = object.grantedMs >>> 0;
                if (object.grandId != null)
                    if (typeof object.grandId !== "string" || object.grandId.length)
                        message.grandId = $String(object.grandId);
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            RegisterReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = 0;
                    object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.grantedMs = 0;
                    object.grandId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.error = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.lama.v1.Status[message.status] === $undefined ? message.status : $root.lama.v1.Status[message.status] : message.status;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseId = typeof message.leaseId === "number" ? $BigInt(message.leaseId) : $util.Long.fromBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseId === "number")
                        object.leaseId = options.longs === $String ? $String(message.leaseId) : message.leaseId;
                    else
                        object.leaseId = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseId) : options.longs === $Number ? new $util.LongBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0).toNumber(true) : message.leaseId;
                if (message.grantedMs != null && $Object.hasOwnProperty.call(message, "grantedMs"))
                    object.grantedMs = message.grantedMs;
                if (message.grandId != null && $Object.hasOwnProperty.call(message, "grandId"))
                    object.grandId = message.grandId;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            RegisterReply.prototype.toJSON = function() {
                return RegisterReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            RegisterReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.RegisterReply";
            };

            return RegisterReply;
        })();

        v1.RenewRequest = (function() {

            const RenewRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RenewRequest.prototype.requestId = 0;
            RenewRequest.prototype.serviceId = "";
            RenewRequest.prototype.leaseId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RenewRequest.prototype.requestedLeaseMs = 0;
            RenewRequest.prototype.changedAttributes = null;
            RenewRequest.prototype.grandEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RenewRequest.create = function(properties) {
                return new RenewRequest(properties);
            };

            RenewRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(8).uint32(message.requestId);
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                    writer.uint32(18).string(message.serviceId);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && (typeof message.leaseId === "object" ? message.leaseId.low || message.leaseId.high : message.leaseId !== 0))
                    writer.uint32(24).uint64(message.leaseId);
                if (message.requestedLeaseMs != null && $Object.hasOwnProperty.call(message, "requestedLeaseMs") && message.requestedLeaseMs !== 0)
                    writer.uint32(32).uint32(message.requestedLeaseMs);
                if (message.changedAttributes != null && $Object.hasOwnProperty.call(message, "changedAttributes"))
                    $root.lama.v1.Attributes.encode(message.changedAttributes, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.grandEpoch != null && $Object.hasOwnProperty.call(message, "grandEpoch") && (typeof message.grandEpoch === "object" ? message.grandEpoch.low || message.grandEpoch.high : message.grandEpoch !== 0))
                    writer.uint32(48).uint64(message.grandEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RenewRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RenewRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.RenewRequest();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceId = value;
                            else
                                delete message.serviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requestedLeaseMs = value;
                            else
                                delete message.requestedLeaseMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.changedAttributes = $root.lama.v1.Attributes.decode(reader, reader.size(), $undefined, _depth + 1, message.changedAttributes);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.grandEpoch = value;
                            else
                                delete message.grandEpoch;
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

            RenewRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RenewRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    if (!$util.isString(message.serviceId))
                        return "serviceId: string expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isInteger(message.leaseId) && !(message.leaseId && $util.isInteger(message.leaseId.low) && $util.isInteger(message.leaseId.high)))
                        return "leaseId: integer|Long expected";
                if (message.requestedLeaseMs != null && $Object.hasOwnProperty.call(message, "requestedLeaseMs"))
                    if (!$util.isInteger(message.requestedLeaseMs))
                        return "requestedLeaseMs: integer expected";
                if (message.changedAttributes != null && $Object.hasOwnProperty.call(message, "changedAttributes")) {
                    let error = $root.lama.v1.Attributes.verify(message.changedAttributes, _depth + 1);
                    if (error)
                        return "changedAttributes." + error;
                }
                if (message.grandEpoch != null && $Object.hasOwnProperty.call(message, "grandEpoch"))
                    if (!$util.isInteger(message.grandEpoch) && !(message.grandEpoch && $util.isInteger(message.grandEpoch.low) && $util.isInteger(message.grandEpoch.high)))
                        return "grandEpoch: integer|Long expected";
                return null;
            };

            RenewRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.RenewRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.RenewRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.RenewRequest();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.serviceId != null)
                    if (typeof object.serviceId !== "string" || object.serviceId.length)
                        message.serviceId = $String(object.serviceId);
                if (object.leaseId != null)
                    if (typeof object.leaseId === "object" ? object.leaseId.low || object.leaseId.high : $Number(object.leaseId) !== 0)
                        if ($util.Long)
                            message.leaseId = $util.Long.fromValue(object.leaseId, true);
                        else if (typeof object.leaseId === "string")
                            message.leaseId = $parseInt(object.leaseId, 10);
                        else if (typeof object.leaseId === "number")
                            message.leaseId = object.leaseId;
                        else if (typeof object.leaseId === "object")
                            message.leaseId = new $util.LongBits(object.leaseId.low >>> 0, object.leaseId.high >>> 0).toNumber(true);
                if (object.requestedLeaseMs != null)
                    if ($Number(object.requestedLeaseMs) !== 0)
                        message.requestedLeaseMs = object.requestedLeaseMs >>> 0;
                if (object.changedAttributes != null) {
                    if (!$util.isObject(object.changedAttributes))
                        throw $TypeError(".lama.v1.RenewRequest.changedAttributes: object expected");
                    message.changedAttributes = $root.lama.v1.Attributes.fromObject(object.changedAttributes, _depth + 1);
                }
                if (object.grandEpoch != null)
                    if (typeof object.grandEpoch === "object" ? object.grandEpoch.low || object.grandEpoch.high : $Number(object.grandEpoch) !== 0)
                        if ($util.Long)
                            message.grandEpoch = $util.Long.fromValue(object.grandEpoch, true);
                        else if (typeof object.grandEpoch === "string")
                            message.grandEpoch = $parseInt(object.grandEpoch, 10);
                        else if (typeof object.grandEpoch === "number")
                            message.grandEpoch = object.grandEpoch;
                        else if (typeof object.grandEpoch === "object")
                            message.grandEpoch = new $util.LongBits(object.grandEpoch.low >>> 0, object.grandEpoch.high >>> 0).toNumber(true);
                return message;
            };

            RenewRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = 0;
                    object.serviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.requestedLeaseMs = 0;
                    object.changedAttributes = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.grandEpoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.grandEpoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    object.serviceId = message.serviceId;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseId = typeof message.leaseId === "number" ? $BigInt(message.leaseId) : $util.Long.fromBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseId === "number")
                        object.leaseId = options.longs === $String ? $String(message.leaseId) : message.leaseId;
                    else
                        object.leaseId = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseId) : options.longs === $Number ? new $util.LongBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0).toNumber(true) : message.leaseId;
                if (message.requestedLeaseMs != null && $Object.hasOwnProperty.call(message, "requestedLeaseMs"))
                    object.requestedLeaseMs = message.requestedLeaseMs;
                if (message.changedAttributes != null && $Object.hasOwnProperty.call(message, "changedAttributes"))
                    object.changedAttributes = $root.lama.v1.Attributes.toObject(message.changedAttributes, options, _depth + 1);
                if (message.grandEpoch != null && $Object.hasOwnProperty.call(message, "grandEpoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.grandEpoch = typeof message.grandEpoch === "number" ? $BigInt(message.grandEpoch) : $util.Long.fromBits(message.grandEpoch.low >>> 0, message.grandEpoch.high >>> 0, true).toBigInt();
                    else if (typeof message.grandEpoch === "number")
                        object.grandEpoch = options.longs === $String ? $String(message.grandEpoch) : message.grandEpoch;
                    else
                        object.grandEpoch = options.longs === $String ? $util.Long.prototype.toString.call(message.grandEpoch) : options.longs === $Number ? new $util.LongBits(message.grandEpoch.low >>> 0, message.grandEpoch.high >>> 0).toNumber(true) : message.grandEpoch;
                return object;
            };

            RenewRequest.prototype.toJSON = function() {
                return RenewRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RenewRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.RenewRequest";
            };

            return RenewRequest;
        })();

        v1.RenewReply = (function() {

            const RenewReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RenewReply.prototype.requestId = 0;
            RenewReply.prototype.status = 0;
            RenewReply.prototype.grantedMs = 0;
            RenewReply.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RenewReply.create = function(properties) {
                return new RenewReply(properties);
            };

            RenewReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(8).uint32(message.requestId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.grantedMs != null && $Object.hasOwnProperty.call(message, "grantedMs") && message.grantedMs !== 0)
                    writer.uint32(24).uint32(message.grantedMs);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && (typeof message.epoch === "object" ? message.epoch.low || message.epoch.high : message.epoch !== 0))
                    writer.uint32(32).uint64(message.epoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RenewReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RenewReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.RenewReply();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.grantedMs = value;
                            else
                                delete message.grantedMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.epoch = value;
                            else
                                delete message.epoch;
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

            RenewReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RenewReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.grantedMs != null && $Object.hasOwnProperty.call(message, "grantedMs"))
                    if (!$util.isInteger(message.grantedMs))
                        return "grantedMs: integer expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch) && !(message.epoch && $util.isInteger(message.epoch.low) && $util.isInteger(message.epoch.high)))
                        return "epoch: integer|Long expected";
                return null;
            };

            RenewReply.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.RenewReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.RenewReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.RenewReply();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.lama.v1.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_OK":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_UNKNOWN_LEASE":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_REJECTED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.grantedMs != null)
                    if ($Number(object.grantedMs) !== 0)
                        message.grantedMs = object.grantedMs >>> 0;
                if (object.epoch != null)
                    if (typeof object.epoch === "object" ? object.epoch.low || object.epoch.high : $Number(object.epoch) !== 0)
                        if ($util.Long)
                            message.epoch = $util.Long.fromValue(object.epoch, true);
                        else if (typeof object.epoch === "string")
                            message.epoch = $parseInt(object.epoch, 10);
                        else if (typeof object.epoch === "number")
                            message.epoch = object.epoch;
                        else if (typeof object.epoch === "object")
                            message.epoch = new $util.LongBits(object.epoch.low >>> 0, object.epoch.high >>> 0).toNumber(true);
                return message;
            };

            RenewReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = 0;
                    object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    object.grantedMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.epoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.epoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.lama.v1.Status[message.status] === $undefined ? message.status : $root.lama.v1.Status[message.status] : message.status;
                if (message.grantedMs != null && $Object.hasOwnProperty.call(message, "grantedMs"))
                    object.grantedMs = message.grantedMs;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.epoch = typeof message.epoch === "number" ? $BigInt(message.epoch) : $util.Long.fromBits(message.epoch.low >>> 0, message.epoch.high >>> 0, true).toBigInt();
                    else if (typeof message.epoch === "number")
                        object.epoch = options.longs === $String ? $String(message.epoch) : message.epoch;
                    else
                        object.epoch = options.longs === $String ? $util.Long.prototype.toString.call(message.epoch) : options.longs === $Number ? new $util.LongBits(message.epoch.low >>> 0, message.epoch.high >>> 0).toNumber(true) : message.epoch;
                return object;
            };

            RenewReply.prototype.toJSON = function() {
                return RenewReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            RenewReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.RenewReply";
            };

            return RenewReply;
        })();

        v1.CancelRequest = (function() {

            const CancelRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CancelRequest.prototype.requestId = 0;
            CancelRequest.prototype.serviceId = "";
            CancelRequest.prototype.leaseId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            CancelRequest.create = function(properties) {
                return new CancelRequest(properties);
            };

            CancelRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(8).uint32(message.requestId);
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                    writer.uint32(18).string(message.serviceId);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && (typeof message.leaseId === "object" ? message.leaseId.low || message.leaseId.high : message.leaseId !== 0))
                    writer.uint32(24).uint64(message.leaseId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CancelRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            CancelRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.CancelRequest();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceId = value;
                            else
                                delete message.serviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
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

            CancelRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            CancelRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    if (!$util.isString(message.serviceId))
                        return "serviceId: string expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isInteger(message.leaseId) && !(message.leaseId && $util.isInteger(message.leaseId.low) && $util.isInteger(message.leaseId.high)))
                        return "leaseId: integer|Long expected";
                return null;
            };

            CancelRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.CancelRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.CancelRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.CancelRequest();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.serviceId != null)
                    if (typeof object.serviceId !== "string" || object.serviceId.length)
                        message.serviceId = $String(object.serviceId);
                if (object.leaseId != null)
                    if (typeof object.leaseId === "object" ? object.leaseId.low || object.leaseId.high : $Number(object.leaseId) !== 0)
                        if ($util.Long)
                            message.leaseId = $util.Long.fromValue(object.leaseId, true);
                        else if (typeof object.leaseId === "string")
                            message.leaseId = $parseInt(object.leaseId, 10);
                        else if (typeof object.leaseId === "number")
                            message.leaseId = object.leaseId;
                        else if (typeof object.leaseId === "object")
                            message.leaseId = new $util.LongBits(object.leaseId.low >>> 0, object.leaseId.high >>> 0).toNumber(true);
                return message;
            };

            CancelRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = 0;
                    object.serviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    object.serviceId = message.serviceId;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseId = typeof message.leaseId === "number" ? $BigInt(message.leaseId) : $util.Long.fromBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseId === "number")
                        object.leaseId = options.longs === $String ? $String(message.leaseId) : message.leaseId;
                    else
                        object.leaseId = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseId) : options.longs === $Number ? new $util.LongBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0).toNumber(true) : message.leaseId;
                return object;
            };

            CancelRequest.prototype.toJSON = function() {
                return CancelRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            CancelRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.CancelRequest";
            };

            return CancelRequest;
        })();

        v1.CancelReply = (function() {

            const CancelReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CancelReply.prototype.requestId = 0;
            CancelReply.prototype.status = 0;

            CancelReply.create = function(properties) {
                return new CancelReply(properties);
            };

            CancelReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                    writer.uint32(8).uint32(message.requestId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CancelReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            CancelReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.CancelReply();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
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

            CancelReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            CancelReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId))
                        return "requestId: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                return null;
            };

            CancelReply.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.CancelReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.CancelReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.CancelReply();
                if (object.requestId != null)
                    if ($Number(object.requestId) !== 0)
                        message.requestId = object.requestId >>> 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.lama.v1.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_OK":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_UNKNOWN_LEASE":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_REJECTED":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                return message;
            };

            CancelReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = 0;
                    object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.lama.v1.Status[message.status] === $undefined ? message.status : $root.lama.v1.Status[message.status] : message.status;
                return object;
            };

            CancelReply.prototype.toJSON = function() {
                return CancelReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            CancelReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.CancelReply";
            };

            return CancelReply;
        })();

        v1.Status = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "STATUS_OK"] = 1;
            values[valuesById[2] = "STATUS_UNKNOWN_LEASE"] = 2;
            values[valuesById[3] = "STATUS_REJECTED"] = 3;
            return values;
        })();

        v1.Template = (function() {

            const Template = function (properties) {
                this.roles = [];
                this.extra = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Template.prototype.serviceId = "";
            Template.prototype.roles = $util.emptyArray;
            Template.prototype.hostname = "";
            Template.prototype.extra = $util.emptyObject;

            Template.create = function(properties) {
                return new Template(properties);
            };

            Template.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                    writer.uint32(10).string(message.serviceId);
                if (message.roles != null && message.roles.length)
                    for (let i = 0; i < message.roles.length; ++i)
                        writer.uint32(18).string(message.roles[i]);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(26).string(message.hostname);
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra"))
                    for (let keys = $Object.keys(message.extra), i = 0; i < keys.length; ++i)
                        writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(18).string(message.extra[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Template.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Template.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.lama.v1.Template();
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
                            if ((value = reader.stringVerify()).length)
                                message.serviceId = value;
                            else
                                delete message.serviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.roles && message.roles.length))
                                message.roles = [];
                            message.roles.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.extra === $util.emptyObject)
                                message.extra = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.extra, key);
                            message.extra[key] = value;
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

            Template.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Template.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    if (!$util.isString(message.serviceId))
                        return "serviceId: string expected";
                if (message.roles != null && $Object.hasOwnProperty.call(message, "roles")) {
                    if (!$Array.isArray(message.roles))
                        return "roles: array expected";
                    for (let i = 0; i < message.roles.length; ++i)
                        if (!$util.isString(message.roles[i]))
                            return "roles: string[] expected";
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.extra != null && $Object.hasOwnProperty.call(message, "extra")) {
                    if (!$util.isObject(message.extra))
                        return "extra: object expected";
                    let key = $Object.keys(message.extra);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.extra[key[i]]))
                            return "extra: string{k:string} expected";
                }
                return null;
            };

            Template.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Template)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Template: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Template();
                if (object.serviceId != null)
                    if (typeof object.serviceId !== "string" || object.serviceId.length)
                        message.serviceId = $String(object.serviceId);
                if (object.roles) {
                    if (!$Array.isArray(object.roles))
                        throw $TypeError(".lama.v1.Template.roles: array expected");
                    message.roles = $Array(object.roles.length);
                    for (let i = 0; i < object.roles.length; ++i)
                        message.roles[i] = $String(object.roles[i]);
                }
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.extra) {
                    if (!$util.isObject(object.extra))
                        throw $TypeError(".lama.v1.Template.extra: object expected");
                    message.extra = {};
                    for (let keys = $Object.keys(object.extra), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.extra, keys[i]);
                        message.extra[keys[i]] = $String(object.extra[keys[i]]);
                    }
                }
                return message;
            };

            Template.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.roles = [];
                if (options.objects || options.defaults)
                    object.extra = {};
                if (options.defaults) {
                    object.serviceId = "";
                    object.hostname = "";
                }
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    object.serviceId = message.serviceId;
                if (message.roles && message.roles.length) {
                    object.roles = $Array(message.roles.length);
                    for (let j = 0; j < message.roles.length; ++j)
                        object.roles[j] = message.roles[j];
                }
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                let keys2;
                if (message.extra && (keys2 = $Object.keys(message.extra)).length) {
                    object.extra = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.extra, keys2[j]);
                        object.extra[keys2[j]] = message.extra[keys2[j]];
                    }
                }
                return object;
            };

            Template.prototype.toJSON = function() {
                return Template.toObject(this, $protobuf.util.toJSONOptions);
            };

            Template.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Template";
            };

            return Template;
        })();

        v1.Registration = (function() {

            const Registration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Registration.prototype.item = null;
            Registration.prototype.leaseId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Registration.prototype.registeredAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Registration.prototype.leaseExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Registration.prototype.renewals = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Registration.prototype.endpoint = "";

            Registration.create = function(properties) {
                return new Registration(properties);
            };

            Registration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    $root.lama.v1.ServiceItem.encode(message.item, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && (typeof message.leaseId === "object" ? message.leaseId.low || message.leaseId.high : message.leaseId !== 0))
                    writer.uint32(16).uint64(message.leaseId);
                if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs") && (typeof message.registeredAtMs === "object" ? message.registeredAtMs.low || message.registeredAtMs.high : message.registeredAtMs !== 0))
                    writer.uint32(24).uint64(message.registeredAtMs);
                if (message.leaseExpiresAtMs != null && $Object.hasOwnProperty.call(message, "leaseExpiresAtMs") && (typeof message.leaseExpiresAtMs === "object" ? message.leaseExpiresAtMs.low || message.leaseExpiresAtMs.high : message.leaseExpiresAtMs !== 0))
                    writer.uint32(32).uint64(message.leaseExpiresAtMs);
                if (message.renewals != null && $Object.hasOwnProperty.call(message, "renewals") && (typeof message.renewals === "object" ? message.renewals.low || message.renewals.high : message.renewals !== 0))
                    writer.uint32(40).uint64(message.renewals);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(50).string(message.endpoint);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Registration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Registration.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.Registration();
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
                            message.item = $root.lama.v1.ServiceItem.decode(reader, reader.size(), $undefined, _depth + 1, message.item);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.registeredAtMs = value;
                            else
                                delete message.registeredAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseExpiresAtMs = value;
                            else
                                delete message.leaseExpiresAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.renewals = value;
                            else
                                delete message.renewals;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
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

            Registration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Registration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.item != null && $Object.hasOwnProperty.call(message, "item")) {
                    let error = $root.lama.v1.ServiceItem.verify(message.item, _depth + 1);
                    if (error)
                        return "item." + error;
                }
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isInteger(message.leaseId) && !(message.leaseId && $util.isInteger(message.leaseId.low) && $util.isInteger(message.leaseId.high)))
                        return "leaseId: integer|Long expected";
                if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs"))
                    if (!$util.isInteger(message.registeredAtMs) && !(message.registeredAtMs && $util.isInteger(message.registeredAtMs.low) && $util.isInteger(message.registeredAtMs.high)))
                        return "registeredAtMs: integer|Long expected";
                if (message.leaseExpiresAtMs != null && $Object.hasOwnProperty.call(message, "leaseExpiresAtMs"))
                    if (!$util.isInteger(message.leaseExpiresAtMs) && !(message.leaseExpiresAtMs && $util.isInteger(message.leaseExpiresAtMs.low) && $util.isInteger(message.leaseExpiresAtMs.high)))
                        return "leaseExpiresAtMs: integer|Long expected";
                if (message.renewals != null && $Object.hasOwnProperty.call(message, "renewals"))
                    if (!$util.isInteger(message.renewals) && !(message.renewals && $util.isInteger(message.renewals.low) && $util.isInteger(message.renewals.high)))
                        return "renewals: integer|Long expected";
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    if (!$util.isString(message.endpoint))
                        return "endpoint: string expected";
                return null;
            };

            Registration.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Registration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Registration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Registration();
                if (object.item != null) {
                    if (!$util.isObject(object.item))
                        throw $TypeError(".lama.v1.Registration.item: object expected");
                    message.item = $root.lama.v1.ServiceItem.fromObject(object.item, _depth + 1);
                }
                if (object.leaseId != null)
                    if (typeof object.leaseId === "object" ? object.leaseId.low || object.leaseId.high : $Number(object.leaseId) !== 0)
                        if ($util.Long)
                            message.leaseId = $util.Long.fromValue(object.leaseId, true);
                        else if (typeof object.leaseId === "string")
                            message.leaseId = $parseInt(object.leaseId, 10);
                        else if (typeof object.leaseId === "number")
                            message.leaseId = object.leaseId;
                        else if (typeof object.leaseId === "object")
                            message.leaseId = new $util.LongBits(object.leaseId.low >>> 0, object.leaseId.high >>> 0).toNumber(true);
                if (object.registeredAtMs != null)
                    if (typeof object.registeredAtMs === "object" ? object.registeredAtMs.low || object.registeredAtMs.high : $Number(object.registeredAtMs) !== 0)
                        if ($util.Long)
                            message.registeredAtMs = $util.Long.fromValue(object.registeredAtMs, true);
                        else if (typeof object.registeredAtMs === "string")
                            message.registeredAtMs = $parseInt(object.registeredAtMs, 10);
                        else if (typeof object.registeredAtMs === "number")
                            message.registeredAtMs = object.registeredAtMs;
                        else if (typeof object.registeredAtMs === "object")
                            message.registeredAtMs = new $util.LongBits(object.registeredAtMs.low >>> 0, object.registeredAtMs.high >>> 0).toNumber(true);
                if (object.leaseExpiresAtMs != null)
                    if (typeof object.leaseExpiresAtMs === "object" ? object.leaseExpiresAtMs.low || object.leaseExpiresAtMs.high : $Number(object.leaseExpiresAtMs) !== 0)
                        if ($util.Long)
                            message.leaseExpiresAtMs = $util.Long.fromValue(object.leaseExpiresAtMs, true);
                        else if (typeof object.leaseExpiresAtMs === "string")
                            message.leaseExpiresAtMs = $parseInt(object.leaseExpiresAtMs, 10);
                        else if (typeof object.leaseExpiresAtMs === "number")
                            message.leaseExpiresAtMs = object.leaseExpiresAtMs;
                        else if (typeof object.leaseExpiresAtMs === "object")
                            message.leaseExpiresAtMs = new $util.LongBits(object.leaseExpiresAtMs.low >>> 0, object.leaseExpiresAtMs.high >>> 0).toNumber(true);
                if (object.renewals != null)
                    if (typeof object.renewals === "object" ? object.renewals.low || object.renewals.high : $Number(object.renewals) !== 0)
                        if ($util.Long)
                            message.renewals = $util.Long.fromValue(object.renewals, true);
                        else if (typeof object.renewals === "string")
                            message.renewals = $parseInt(object.renewals, 10);
                        else if (typeof object.renewals === "number")
                            message.renewals = object.renewals;
                        else if (typeof object.renewals === "object")
                            message.renewals = new $util.LongBits(object.renewals.low >>> 0, object.renewals.high >>> 0).toNumber(true);
                if (object.endpoint != null)
                    if (typeof object.endpoint !== "string" || object.endpoint.length)
                        message.endpoint = $String(object.endpoint);
                return message;
            };

            Registration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.item = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.registeredAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.registeredAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseExpiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseExpiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.renewals = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.renewals = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.endpoint = "";
                }
                if (message.item != null && $Object.hasOwnProperty.call(message, "item"))
                    object.item = $root.lama.v1.ServiceItem.toObject(message.item, options, _depth + 1);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseId = typeof message.leaseId === "number" ? $BigInt(message.leaseId) : $util.Long.fromBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseId === "number")
                        object.leaseId = options.longs === $String ? $String(message.leaseId) : message.leaseId;
                    else
                        object.leaseId = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseId) : options.longs === $Number ? new $util.LongBits(message.leaseId.low >>> 0, message.leaseId.high >>> 0).toNumber(true) : message.leaseId;
                if (message.registeredAtMs != null && $Object.hasOwnProperty.call(message, "registeredAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.registeredAtMs = typeof message.registeredAtMs === "number" ? $BigInt(message.registeredAtMs) : $util.Long.fromBits(message.registeredAtMs.low >>> 0, message.registeredAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.registeredAtMs === "number")
                        object.registeredAtMs = options.longs === $String ? $String(message.registeredAtMs) : message.registeredAtMs;
                    else
                        object.registeredAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.registeredAtMs) : options.longs === $Number ? new $util.LongBits(message.registeredAtMs.low >>> 0, message.registeredAtMs.high >>> 0).toNumber(true) : message.registeredAtMs;
                if (message.leaseExpiresAtMs != null && $Object.hasOwnProperty.call(message, "leaseExpiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseExpiresAtMs = typeof message.leaseExpiresAtMs === "number" ? $BigInt(message.leaseExpiresAtMs) : $util.Long.fromBits(message.leaseExpiresAtMs.low >>> 0, message.leaseExpiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseExpiresAtMs === "number")
                        object.leaseExpiresAtMs = options.longs === $String ? $String(message.leaseExpiresAtMs) : message.leaseExpiresAtMs;
                    else
                        object.leaseExpiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseExpiresAtMs) : options.longs === $Number ? new $util.LongBits(message.leaseExpiresAtMs.low >>> 0, message.leaseExpiresAtMs.high >>> 0).toNumber(true) : message.leaseExpiresAtMs;
                if (message.renewals != null && $Object.hasOwnProperty.call(message, "renewals"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.renewals = typeof message.renewals === "number" ? $BigInt(message.renewals) : $util.Long.fromBits(message.renewals.low >>> 0, message.renewals.high >>> 0, true).toBigInt();
                    else if (typeof message.renewals === "number")
                        object.renewals = options.longs === $String ? $String(message.renewals) : message.renewals;
                    else
                        object.renewals = options.longs === $String ? $util.Long.prototype.toString.call(message.renewals) : options.longs === $Number ? new $util.LongBits(message.renewals.low >>> 0, message.renewals.high >>> 0).toNumber(true) : message.renewals;
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint"))
                    object.endpoint = message.endpoint;
                return object;
            };

            Registration.prototype.toJSON = function() {
                return Registration.toObject(this, $protobuf.util.toJSONOptions);
            };

            Registration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Registration";
            };

            return Registration;
        })();

        v1.LookupRequest = (function() {

            const LookupRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LookupRequest.prototype.template = null;

            LookupRequest.create = function(properties) {
                return new LookupRequest(properties);
            };

            LookupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    $root.lama.v1.Template.encode(message.template, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LookupRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LookupRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.LookupRequest();
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
                            message.template = $root.lama.v1.Template.decode(reader, reader.size(), $undefined, _depth + 1, message.template);
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

            LookupRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LookupRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template")) {
                    let error = $root.lama.v1.Template.verify(message.template, _depth + 1);
                    if (error)
                        return "template." + error;
                }
                return null;
            };

            LookupRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.LookupRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.LookupRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.LookupRequest();
                if (object.template != null) {
                    if (!$util.isObject(object.template))
                        throw $TypeError(".lama.v1.LookupRequest.template: object expected");
                    message.template = $root.lama.v1.Template.fromObject(object.template, _depth + 1);
                }
                return message;
            };

            LookupRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.template = null;
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = $root.lama.v1.Template.toObject(message.template, options, _depth + 1);
                return object;
            };

            LookupRequest.prototype.toJSON = function() {
                return LookupRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            LookupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.LookupRequest";
            };

            return LookupRequest;
        })();

        v1.LookupReply = (function() {

            const LookupReply = function (properties) {
                this.matches = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LookupReply.prototype.matches = $util.emptyArray;

            LookupReply.create = function(properties) {
                return new LookupReply(properties);
            };

            LookupReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.matches != null && message.matches.length)
                    for (let i = 0; i < message.matches.length; ++i)
                        $root.lama.v1.Registration.encode(message.matches[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LookupReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LookupReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.LookupReply();
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
                            if (!(message.matches && message.matches.length))
                                message.matches = [];
                            message.matches.push($root.lama.v1.Registration.decode(reader, reader.size(), $undefined, _depth + 1));
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

            LookupReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LookupReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.matches != null && $Object.hasOwnProperty.call(message, "matches")) {
                    if (!$Array.isArray(message.matches))
                        return "matches: array expected";
                    for (let i = 0; i < message.matches.length; ++i) {
                        let error = $root.lama.v1.Registration.verify(message.matches[i], _depth + 1);
                        if (error)
                            return "matches." + error;
                    }
                }
                return null;
            };

            LookupReply.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.LookupReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.LookupReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.LookupReply();
                if (object.matches) {
                    if (!$Array.isArray(object.matches))
                        throw $TypeError(".lama.v1.LookupReply.matches: array expected");
                    message.matches = $Array(object.matches.length);
                    for (let i = 0; i < object.matches.length; ++i) {
                        if (!$util.isObject(object.matches[i]))
                            throw $TypeError(".lama.v1.LookupReply.matches: object expected");
                        message.matches[i] = $root.lama.v1.Registration.fromObject(object.matches[i], _depth + 1);
                    }
                }
                return message;
            };

            LookupReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.matches = [];
                if (message.matches && message.matches.length) {
                    object.matches = $Array(message.matches.length);
                    for (let j = 0; j < message.matches.length; ++j)
                        object.matches[j] = $root.lama.v1.Registration.toObject(message.matches[j], options, _depth + 1);
                }
                return object;
            };

            LookupReply.prototype.toJSON = function() {
                return LookupReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            LookupReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.LookupReply";
            };

            return LookupReply;
        })();

        v1.EventType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVENT_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EVENT_REGISTERED"] = 1;
            values[valuesById[2] = "EVENT_RENEWED_WITH_CHANGES"] = 2;
            values[valuesById[3] = "EVENT_EXPIRED"] = 3;
            values[valuesById[4] = "EVENT_CANCELLED"] = 4;
            return values;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Event.prototype.type = 0;
            Event.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Event.prototype.serviceId = "";
            Event.prototype.registration = null;

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(8).uint64(message.seq);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(16).int32(message.type);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(24).uint64(message.atMs);
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                    writer.uint32(34).string(message.serviceId);
                if (message.registration != null && $Object.hasOwnProperty.call(message, "registration"))
                    $root.lama.v1.Registration.encode(message.registration, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.Event();
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
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.serviceId = value;
                            else
                                delete message.serviceId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.registration = $root.lama.v1.Registration.decode(reader, reader.size(), $undefined, _depth + 1, message.registration);
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

            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    if (!$util.isString(message.serviceId))
                        return "serviceId: string expected";
                if (message.registration != null && $Object.hasOwnProperty.call(message, "registration")) {
                    let error = $root.lama.v1.Registration.verify(message.registration, _depth + 1);
                    if (error)
                        return "registration." + error;
                }
                return null;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Event();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.type !== 0 && (typeof object.type !== "string" || $root.lama.v1.EventType[object.type] !== 0))
                    switch (object.type) {
                    case "EVENT_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "EVENT_REGISTERED":
                    case 1:
                        message.type = 1;
                        break;
                    case "EVENT_RENEWED_WITH_CHANGES":
                    case 2:
                        message.type = 2;
                        break;
                    case "EVENT_EXPIRED":
                    case 3:
                        message.type = 3;
                        break;
                    case "EVENT_CANCELLED":
                    case 4:
                        message.type = 4;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                if (object.serviceId != null)
                    if (typeof object.serviceId !== "string" || object.serviceId.length)
                        message.serviceId = $String(object.serviceId);
                if (object.registration != null) {
                    if (!$util.isObject(object.registration))
                        throw $TypeError(".lama.v1.Event.registration: object expected");
                    message.registration = $root.lama.v1.Registration.fromObject(object.registration, _depth + 1);
                }
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = options.enums === $String ? "EVENT_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.serviceId = "";
                    object.registration = null;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.lama.v1.EventType[message.type] === $undefined ? message.type : $root.lama.v1.EventType[message.type] : message.type;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    object.serviceId = message.serviceId;
                if (message.registration != null && $Object.hasOwnProperty.call(message, "registration"))
                    object.registration = $root.lama.v1.Registration.toObject(message.registration, options, _depth + 1);
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Event";
            };

            return Event;
        })();

        v1.Signal = (function() {

            const Signal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Signal.prototype.session = "";
            Signal.prototype.offerSdp = null;
            Signal.prototype.answerSdp = null;
            Signal.prototype.candidate = null;
            Signal.prototype.close = null;

            let $oneOfFields;

            $Object.defineProperty(Signal.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["offerSdp", "answerSdp", "candidate", "close"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Signal.create = function(properties) {
                return new Signal(properties);
            };

            Signal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && message.session !== "")
                    writer.uint32(10).string(message.session);
                if (message.offerSdp != null && $Object.hasOwnProperty.call(message, "offerSdp"))
                    writer.uint32(18).string(message.offerSdp);
                if (message.answerSdp != null && $Object.hasOwnProperty.call(message, "answerSdp"))
                    writer.uint32(26).string(message.answerSdp);
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate"))
                    $root.lama.v1.Candidate.encode(message.candidate, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    writer.uint32(40).bool(message.close);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Signal.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Signal.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.Signal();
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
                            if ((value = reader.stringVerify()).length)
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.offerSdp = reader.stringVerify();
                            message.kind = "offerSdp";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.answerSdp = reader.stringVerify();
                            message.kind = "answerSdp";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.candidate = $root.lama.v1.Candidate.decode(reader, reader.size(), $undefined, _depth + 1, message.candidate);
                            message.kind = "candidate";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.close = reader.bool();
                            message.kind = "close";
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

            Signal.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Signal.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                    if (!$util.isString(message.session))
                        return "session: string expected";
                if (message.offerSdp != null && $Object.hasOwnProperty.call(message, "offerSdp")) {
                    properties.kind = 1;
                    if (!$util.isString(message.offerSdp))
                        return "offerSdp: string expected";
                }
                if (message.answerSdp != null && $Object.hasOwnProperty.call(message, "answerSdp")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (!$util.isString(message.answerSdp))
                        return "answerSdp: string expected";
                }
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.lama.v1.Candidate.verify(message.candidate, _depth + 1);
                        if (error)
                            return "candidate." + error;
                    }
                }
                if (message.close != null && $Object.hasOwnProperty.call(message, "close")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    if (typeof message.close !== "boolean")
                        return "close: boolean expected";
                }
                return null;
            };

            Signal.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Signal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Signal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Signal();
                if (object.session != null)
                    if (typeof object.session !== "string" || object.session.length)
                        message.session = $String(object.session);
                if (object.offerSdp != null)
                    message.offerSdp = $String(object.offerSdp);
                if (object.answerSdp != null)
                    message.answerSdp = $String(object.answerSdp);
                if (object.candidate != null) {
                    if (!$util.isObject(object.candidate))
                        throw $TypeError(".lama.v1.Signal.candidate: object expected");
                    message.candidate = $root.lama.v1.Candidate.fromObject(object.candidate, _depth + 1);
                }
                if (object.close != null)
                    message.close = $Boolean(object.close);
                return message;
            };

            Signal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.session = "";
                if (message.session != null && $Object.hasOwnProperty.call(message, "session"))
                    object.session = message.session;
                if (message.offerSdp != null && $Object.hasOwnProperty.call(message, "offerSdp")) {
                    object.offerSdp = message.offerSdp;
                    if (options.oneofs)
                        object.kind = "offerSdp";
                }
                if (message.answerSdp != null && $Object.hasOwnProperty.call(message, "answerSdp")) {
                    object.answerSdp = message.answerSdp;
                    if (options.oneofs)
                        object.kind = "answerSdp";
                }
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate")) {
                    object.candidate = $root.lama.v1.Candidate.toObject(message.candidate, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "candidate";
                }
                if (message.close != null && $Object.hasOwnProperty.call(message, "close")) {
                    object.close = message.close;
                    if (options.oneofs)
                        object.kind = "close";
                }
                return object;
            };

            Signal.prototype.toJSON = function() {
                return Signal.toObject(this, $protobuf.util.toJSONOptions);
            };

            Signal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Signal";
            };

            return Signal;
        })();

        v1.Candidate = (function() {

            const Candidate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Candidate.prototype.candidate = "";
            Candidate.prototype.mid = "";

            Candidate.create = function(properties) {
                return new Candidate(properties);
            };

            Candidate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate") && message.candidate !== "")
                    writer.uint32(10).string(message.candidate);
                if (message.mid != null && $Object.hasOwnProperty.call(message, "mid") && message.mid !== "")
                    writer.uint32(18).string(message.mid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Candidate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Candidate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.Candidate();
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
                            if ((value = reader.stringVerify()).length)
                                message.candidate = value;
                            else
                                delete message.candidate;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mid = value;
                            else
                                delete message.mid;
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

            Candidate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Candidate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate"))
                    if (!$util.isString(message.candidate))
                        return "candidate: string expected";
                if (message.mid != null && $Object.hasOwnProperty.call(message, "mid"))
                    if (!$util.isString(message.mid))
                        return "mid: string expected";
                return null;
            };

            Candidate.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.Candidate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.Candidate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.Candidate();
                if (object.candidate != null)
                    if (typeof object.candidate !== "string" || object.candidate.length)
                        message.candidate = $String(object.candidate);
                if (object.mid != null)
                    if (typeof object.mid !== "string" || object.mid.length)
                        message.mid = $String(object.mid);
                return message;
            };

            Candidate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.candidate = "";
                    object.mid = "";
                }
                if (message.candidate != null && $Object.hasOwnProperty.call(message, "candidate"))
                    object.candidate = message.candidate;
                if (message.mid != null && $Object.hasOwnProperty.call(message, "mid"))
                    object.mid = message.mid;
                return object;
            };

            Candidate.prototype.toJSON = function() {
                return Candidate.toObject(this, $protobuf.util.toJSONOptions);
            };

            Candidate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.Candidate";
            };

            return Candidate;
        })();

        v1.RpcRequest = (function() {

            const RpcRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RpcRequest.prototype.id = 0;
            RpcRequest.prototype.deadlineMs = 0;
            RpcRequest.prototype.status = null;
            RpcRequest.prototype.start = null;
            RpcRequest.prototype.stop = null;
            RpcRequest.prototype.set = null;

            let $oneOfFields;

            $Object.defineProperty(RpcRequest.prototype, "method", {
                get: $util.oneOfGetter($oneOfFields = ["status", "start", "stop", "set"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RpcRequest.create = function(properties) {
                return new RpcRequest(properties);
            };

            RpcRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && message.deadlineMs !== 0)
                    writer.uint32(16).uint32(message.deadlineMs);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.lama.v1.StatusRequest.encode(message.status, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    $root.lama.v1.StartRequest.encode(message.start, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop"))
                    $root.lama.v1.StopRequest.encode(message.stop, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.set != null && $Object.hasOwnProperty.call(message, "set"))
                    $root.lama.v1.SetRequest.encode(message.set, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RpcRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RpcRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.RpcRequest();
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
                            if (value = reader.uint32())
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.status = $root.lama.v1.StatusRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.method = "status";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.start = $root.lama.v1.StartRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.start);
                            message.method = "start";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.stop = $root.lama.v1.StopRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.stop);
                            message.method = "stop";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.set = $root.lama.v1.SetRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.set);
                            message.method = "set";
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

            RpcRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RpcRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (!$util.isInteger(message.deadlineMs))
                        return "deadlineMs: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    properties.method = 1;
                    {
                        let error = $root.lama.v1.StatusRequest.verify(message.status, _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    if (properties.method === 1)
                        return "method: multiple values";
                    properties.method = 1;
                    {
                        let error = $root.lama.v1.StartRequest.verify(message.start, _depth + 1);
                        if (error)
                            return "start." + error;
                    }
                }
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    if (properties.method === 1)
                        return "method: multiple values";
                    properties.method = 1;
                    {
                        let error = $root.lama.v1.StopRequest.verify(message.stop, _depth + 1);
                        if (error)
                            return "stop." + error;
                    }
                }
                if (message.set != null && $Object.hasOwnProperty.call(message, "set")) {
                    if (properties.method === 1)
                        return "method: multiple values";
                    properties.method = 1;
                    {
                        let error = $root.lama.v1.SetRequest.verify(message.set, _depth + 1);
                        if (error)
                            return "set." + error;
                    }
                }
                return null;
            };

            RpcRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.RpcRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.RpcRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.RpcRequest();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.deadlineMs != null)
                    if ($Number(object.deadlineMs) !== 0)
                        message.deadlineMs = object.deadlineMs >>> 0;
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".lama.v1.RpcRequest.status: object expected");
                    message.status = $root.lama.v1.StatusRequest.fromObject(object.status, _depth + 1);
                }
                if (object.start != null) {
                    if (!$util.isObject(object.start))
                        throw $TypeError(".lama.v1.RpcRequest.start: object expected");
                    message.start = $root.lama.v1.StartRequest.fromObject(object.start, _depth + 1);
                }
                if (object.stop != null) {
                    if (!$util.isObject(object.stop))
                        throw $TypeError(".lama.v1.RpcRequest.stop: object expected");
                    message.stop = $root.lama.v1.StopRequest.fromObject(object.stop, _depth + 1);
                }
                if (object.set != null) {
                    if (!$util.isObject(object.set))
                        throw $TypeError(".lama.v1.RpcRequest.set: object expected");
                    message.set = $root.lama.v1.SetRequest.fromObject(object.set, _depth + 1);
                }
                return message;
            };

            RpcRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = 0;
                    object.deadlineMs = 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    object.deadlineMs = message.deadlineMs;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.lama.v1.StatusRequest.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.method = "status";
                }
                if (message.start != null && $Object.hasOwnProperty.call(message, "start")) {
                    object.start = $root.lama.v1.StartRequest.toObject(message.start, options, _depth + 1);
                    if (options.oneofs)
                        object.method = "start";
                }
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    object.stop = $root.lama.v1.StopRequest.toObject(message.stop, options, _depth + 1);
                    if (options.oneofs)
                        object.method = "stop";
                }
                if (message.set != null && $Object.hasOwnProperty.call(message, "set")) {
                    object.set = $root.lama.v1.SetRequest.toObject(message.set, options, _depth + 1);
                    if (options.oneofs)
                        object.method = "set";
                }
                return object;
            };

            RpcRequest.prototype.toJSON = function() {
                return RpcRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            RpcRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.RpcRequest";
            };

            return RpcRequest;
        })();

        v1.RpcReply = (function() {

            const RpcReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RpcReply.prototype.id = 0;
            RpcReply.prototype.status = null;
            RpcReply.prototype.adaptor = null;
            RpcReply.prototype.error = null;

            let $oneOfFields;

            $Object.defineProperty(RpcReply.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["status", "adaptor", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RpcReply.create = function(properties) {
                return new RpcReply(properties);
            };

            RpcReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(8).uint32(message.id);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.lama.v1.StatusReply.encode(message.status, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor"))
                    $root.lama.v1.AdaptorReply.encode(message.adaptor, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.lama.v1.RpcError.encode(message.error, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RpcReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RpcReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.RpcReply();
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
                            message.status = $root.lama.v1.StatusReply.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            message.result = "status";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.adaptor = $root.lama.v1.AdaptorReply.decode(reader, reader.size(), $undefined, _depth + 1, message.adaptor);
                            message.result = "adaptor";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.lama.v1.RpcError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
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

            RpcReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RpcReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    properties.result = 1;
                    {
                        let error = $root.lama.v1.StatusReply.verify(message.status, _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                }
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.lama.v1.AdaptorReply.verify(message.adaptor, _depth + 1);
                        if (error)
                            return "adaptor." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.lama.v1.RpcError.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            RpcReply.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.RpcReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.RpcReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.RpcReply();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".lama.v1.RpcReply.status: object expected");
                    message.status = $root.lama.v1.StatusReply.fromObject(object.status, _depth + 1);
                }
                if (object.adaptor != null) {
                    if (!$util.isObject(object.adaptor))
                        throw $TypeError(".lama.v1.RpcReply.adaptor: object expected");
                    message.adaptor = $root.lama.v1.AdaptorReply.fromObject(object.adaptor, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".lama.v1.RpcReply.error: object expected");
                    message.error = $root.lama.v1.RpcError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            RpcReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.id = 0;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    object.status = $root.lama.v1.StatusReply.toObject(message.status, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "status";
                }
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor")) {
                    object.adaptor = $root.lama.v1.AdaptorReply.toObject(message.adaptor, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "adaptor";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.lama.v1.RpcError.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            RpcReply.prototype.toJSON = function() {
                return RpcReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            RpcReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.RpcReply";
            };

            return RpcReply;
        })();

        v1.StatusRequest = (function() {

            const StatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            StatusRequest.encode = function (message, writer, _depth) {
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

            StatusRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StatusRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.StatusRequest();
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

            StatusRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StatusRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            StatusRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.StatusRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.StatusRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.lama.v1.StatusRequest();
            };

            StatusRequest.toObject = function () {
                return {};
            };

            StatusRequest.prototype.toJSON = function() {
                return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.StatusRequest";
            };

            return StatusRequest;
        })();

        v1.StartRequest = (function() {

            const StartRequest = function (properties) {
                this.params = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StartRequest.prototype.adaptor = "";
            StartRequest.prototype.params = $util.emptyObject;

            StartRequest.create = function(properties) {
                return new StartRequest(properties);
            };

            StartRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor") && message.adaptor !== "")
                    writer.uint32(10).string(message.adaptor);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (let keys = $Object.keys(message.params), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.params[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StartRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StartRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.lama.v1.StartRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.adaptor = value;
                            else
                                delete message.adaptor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value;
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

            StartRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StartRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor"))
                    if (!$util.isString(message.adaptor))
                        return "adaptor: string expected";
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$util.isObject(message.params))
                        return "params: object expected";
                    let key = $Object.keys(message.params);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.params[key[i]]))
                            return "params: string{k:string} expected";
                }
                return null;
            };

            StartRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.StartRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.StartRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.StartRequest();
                if (object.adaptor != null)
                    if (typeof object.adaptor !== "string" || object.adaptor.length)
                        message.adaptor = $String(object.adaptor);
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".lama.v1.StartRequest.params: object expected");
                    message.params = {};
                    for (let keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        message.params[keys[i]] = $String(object.params[keys[i]]);
                    }
                }
                return message;
            };

            StartRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.params = {};
                if (options.defaults)
                    object.adaptor = "";
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor"))
                    object.adaptor = message.adaptor;
                let keys2;
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = message.params[keys2[j]];
                    }
                }
                return object;
            };

            StartRequest.prototype.toJSON = function() {
                return StartRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StartRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.StartRequest";
            };

            return StartRequest;
        })();

        v1.StopRequest = (function() {

            const StopRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StopRequest.prototype.adaptor = "";

            StopRequest.create = function(properties) {
                return new StopRequest(properties);
            };

            StopRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor") && message.adaptor !== "")
                    writer.uint32(10).string(message.adaptor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StopRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StopRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.StopRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.adaptor = value;
                            else
                                delete message.adaptor;
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

            StopRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StopRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor"))
                    if (!$util.isString(message.adaptor))
                        return "adaptor: string expected";
                return null;
            };

            StopRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.StopRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.StopRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.StopRequest();
                if (object.adaptor != null)
                    if (typeof object.adaptor !== "string" || object.adaptor.length)
                        message.adaptor = $String(object.adaptor);
                return message;
            };

            StopRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.adaptor = "";
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor"))
                    object.adaptor = message.adaptor;
                return object;
            };

            StopRequest.prototype.toJSON = function() {
                return StopRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            StopRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.StopRequest";
            };

            return StopRequest;
        })();

        v1.SetRequest = (function() {

            const SetRequest = function (properties) {
                this.params = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SetRequest.prototype.adaptor = "";
            SetRequest.prototype.params = $util.emptyObject;

            SetRequest.create = function(properties) {
                return new SetRequest(properties);
            };

            SetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor") && message.adaptor !== "")
                    writer.uint32(10).string(message.adaptor);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (let keys = $Object.keys(message.params), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.params[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SetRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.lama.v1.SetRequest();
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
                            if ((value = reader.stringVerify()).length)
                                message.adaptor = value;
                            else
                                delete message.adaptor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value;
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

            SetRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SetRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor"))
                    if (!$util.isString(message.adaptor))
                        return "adaptor: string expected";
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$util.isObject(message.params))
                        return "params: object expected";
                    let key = $Object.keys(message.params);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.params[key[i]]))
                            return "params: string{k:string} expected";
                }
                return null;
            };

            SetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.SetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.SetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.SetRequest();
                if (object.adaptor != null)
                    if (typeof object.adaptor !== "string" || object.adaptor.length)
                        message.adaptor = $String(object.adaptor);
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".lama.v1.SetRequest.params: object expected");
                    message.params = {};
                    for (let keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        message.params[keys[i]] = $String(object.params[keys[i]]);
                    }
                }
                return message;
            };

            SetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.params = {};
                if (options.defaults)
                    object.adaptor = "";
                if (message.adaptor != null && $Object.hasOwnProperty.call(message, "adaptor"))
                    object.adaptor = message.adaptor;
                let keys2;
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = message.params[keys2[j]];
                    }
                }
                return object;
            };

            SetRequest.prototype.toJSON = function() {
                return SetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            SetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.SetRequest";
            };

            return SetRequest;
        })();

        v1.StatusReply = (function() {

            const StatusReply = function (properties) {
                this.adaptors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusReply.prototype.node = null;
            StatusReply.prototype.adaptors = $util.emptyArray;

            StatusReply.create = function(properties) {
                return new StatusReply(properties);
            };

            StatusReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    $root.lama.v1.NodeStatus.encode(message.node, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.adaptors != null && message.adaptors.length)
                    for (let i = 0; i < message.adaptors.length; ++i)
                        $root.lama.v1.AdaptorStatus.encode(message.adaptors[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StatusReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.StatusReply();
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
                            message.node = $root.lama.v1.NodeStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.adaptors && message.adaptors.length))
                                message.adaptors = [];
                            message.adaptors.push($root.lama.v1.AdaptorStatus.decode(reader, reader.size(), $undefined, _depth + 1));
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

            StatusReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StatusReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node")) {
                    let error = $root.lama.v1.NodeStatus.verify(message.node, _depth + 1);
                    if (error)
                        return "node." + error;
                }
                if (message.adaptors != null && $Object.hasOwnProperty.call(message, "adaptors")) {
                    if (!$Array.isArray(message.adaptors))
                        return "adaptors: array expected";
                    for (let i = 0; i < message.adaptors.length; ++i) {
                        let error = $root.lama.v1.AdaptorStatus.verify(message.adaptors[i], _depth + 1);
                        if (error)
                            return "adaptors." + error;
                    }
                }
                return null;
            };

            StatusReply.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.StatusReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.StatusReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.StatusReply();
                if (object.node != null) {
                    if (!$util.isObject(object.node))
                        throw $TypeError(".lama.v1.StatusReply.node: object expected");
                    message.node = $root.lama.v1.NodeStatus.fromObject(object.node, _depth + 1);
                }
                if (object.adaptors) {
                    if (!$Array.isArray(object.adaptors))
                        throw $TypeError(".lama.v1.StatusReply.adaptors: array expected");
                    message.adaptors = $Array(object.adaptors.length);
                    for (let i = 0; i < object.adaptors.length; ++i) {
                        if (!$util.isObject(object.adaptors[i]))
                            throw $TypeError(".lama.v1.StatusReply.adaptors: object expected");
                        message.adaptors[i] = $root.lama.v1.AdaptorStatus.fromObject(object.adaptors[i], _depth + 1);
                    }
                }
                return message;
            };

            StatusReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.adaptors = [];
                if (options.defaults)
                    object.node = null;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = $root.lama.v1.NodeStatus.toObject(message.node, options, _depth + 1);
                if (message.adaptors && message.adaptors.length) {
                    object.adaptors = $Array(message.adaptors.length);
                    for (let j = 0; j < message.adaptors.length; ++j)
                        object.adaptors[j] = $root.lama.v1.AdaptorStatus.toObject(message.adaptors[j], options, _depth + 1);
                }
                return object;
            };

            StatusReply.prototype.toJSON = function() {
                return StatusReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.StatusReply";
            };

            return StatusReply;
        })();

        v1.AdaptorReply = (function() {

            const AdaptorReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdaptorReply.prototype.status = null;
            AdaptorReply.prototype.message = "";
            AdaptorReply.prototype.noOp = false;

            AdaptorReply.create = function(properties) {
                return new AdaptorReply(properties);
            };

            AdaptorReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.lama.v1.AdaptorStatus.encode(message.status, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.noOp != null && $Object.hasOwnProperty.call(message, "noOp") && message.noOp !== false)
                    writer.uint32(24).bool(message.noOp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdaptorReply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AdaptorReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.AdaptorReply();
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
                            message.status = $root.lama.v1.AdaptorStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.noOp = value;
                            else
                                delete message.noOp;
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

            AdaptorReply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AdaptorReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    let error = $root.lama.v1.AdaptorStatus.verify(message.status, _depth + 1);
                    if (error)
                        return "status." + error;
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.noOp != null && $Object.hasOwnProperty.call(message, "noOp"))
                    if (typeof message.noOp !== "boolean")
                        return "noOp: boolean expected";
                return null;
            };

            AdaptorReply.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.AdaptorReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.AdaptorReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.AdaptorReply();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".lama.v1.AdaptorReply.status: object expected");
                    message.status = $root.lama.v1.AdaptorStatus.fromObject(object.status, _depth + 1);
                }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.noOp != null)
                    if (object.noOp)
                        message.noOp = $Boolean(object.noOp);
                return message;
            };

            AdaptorReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = null;
                    object.message = "";
                    object.noOp = false;
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.lama.v1.AdaptorStatus.toObject(message.status, options, _depth + 1);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.noOp != null && $Object.hasOwnProperty.call(message, "noOp"))
                    object.noOp = message.noOp;
                return object;
            };

            AdaptorReply.prototype.toJSON = function() {
                return AdaptorReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdaptorReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.AdaptorReply";
            };

            return AdaptorReply;
        })();

        v1.AdaptorState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ADAPTOR_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ADAPTOR_STOPPED"] = 1;
            values[valuesById[2] = "ADAPTOR_STARTING"] = 2;
            values[valuesById[3] = "ADAPTOR_RUNNING"] = 3;
            values[valuesById[4] = "ADAPTOR_STOPPING"] = 4;
            values[valuesById[5] = "ADAPTOR_FAILED"] = 5;
            return values;
        })();

        v1.AdaptorStatus = (function() {

            const AdaptorStatus = function (properties) {
                this.params = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AdaptorStatus.prototype.name = "";
            AdaptorStatus.prototype.state = 0;
            AdaptorStatus.prototype.params = $util.emptyObject;
            AdaptorStatus.prototype.pid = 0;
            AdaptorStatus.prototype.restarts = 0;
            AdaptorStatus.prototype.detail = "";

            AdaptorStatus.create = function(properties) {
                return new AdaptorStatus(properties);
            };

            AdaptorStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(16).int32(message.state);
                if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                    for (let keys = $Object.keys(message.params), i = 0; i < keys.length; ++i)
                        writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.params[keys[i]]).ldelim();
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(32).uint32(message.pid);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(40).uint32(message.restarts);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(50).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AdaptorStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AdaptorStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.lama.v1.AdaptorStatus();
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
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.params === $util.emptyObject)
                                message.params = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.params, key);
                            message.params[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
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

            AdaptorStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AdaptorStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.params != null && $Object.hasOwnProperty.call(message, "params")) {
                    if (!$util.isObject(message.params))
                        return "params: object expected";
                    let key = $Object.keys(message.params);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.params[key[i]]))
                            return "params: string{k:string} expected";
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    if (!$util.isInteger(message.restarts))
                        return "restarts: integer expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            AdaptorStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.AdaptorStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.AdaptorStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.AdaptorStatus();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.lama.v1.AdaptorState[object.state] !== 0))
                    switch (object.state) {
                    case "ADAPTOR_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "ADAPTOR_STOPPED":
                    case 1:
                        message.state = 1;
                        break;
                    case "ADAPTOR_STARTING":
                    case 2:
                        message.state = 2;
                        break;
                    case "ADAPTOR_RUNNING":
                    case 3:
                        message.state = 3;
                        break;
                    case "ADAPTOR_STOPPING":
                    case 4:
                        message.state = 4;
                        break;
                    case "ADAPTOR_FAILED":
                    case 5:
                        message.state = 5;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.params) {
                    if (!$util.isObject(object.params))
                        throw $TypeError(".lama.v1.AdaptorStatus.params: object expected");
                    message.params = {};
                    for (let keys = $Object.keys(object.params), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.params, keys[i]);
                        message.params[keys[i]] = $String(object.params[keys[i]]);
                    }
                }
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.restarts != null)
                    if ($Number(object.restarts) !== 0)
                        message.restarts = object.restarts >>> 0;
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            AdaptorStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.params = {};
                if (options.defaults) {
                    object.name = "";
                    object.state = options.enums === $String ? "ADAPTOR_STATE_UNSPECIFIED" : 0;
                    object.pid = 0;
                    object.restarts = 0;
                    object.detail = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.lama.v1.AdaptorState[message.state] === $undefined ? message.state : $root.lama.v1.AdaptorState[message.state] : message.state;
                let keys2;
                if (message.params && (keys2 = $Object.keys(message.params)).length) {
                    object.params = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.params, keys2[j]);
                        object.params[keys2[j]] = message.params[keys2[j]];
                    }
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts"))
                    object.restarts = message.restarts;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            AdaptorStatus.prototype.toJSON = function() {
                return AdaptorStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            AdaptorStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.AdaptorStatus";
            };

            return AdaptorStatus;
        })();

        v1.ErrorKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_UNKNOWN_ADAPTOR"] = 1;
            values[valuesById[2] = "ERROR_INVALID_PARAMETER"] = 2;
            values[valuesById[3] = "ERROR_ADAPTOR_FAILURE"] = 3;
            values[valuesById[4] = "ERROR_TIMEOUT"] = 4;
            values[valuesById[5] = "ERROR_BAD_REQUEST"] = 5;
            return values;
        })();

        v1.RpcError = (function() {

            const RpcError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RpcError.prototype.kind = 0;
            RpcError.prototype.message = "";
            RpcError.prototype.parameter = "";
            RpcError.prototype.allowed = "";
            RpcError.prototype.outputTail = "";

            RpcError.create = function(properties) {
                return new RpcError(properties);
            };

            RpcError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).int32(message.kind);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter") && message.parameter !== "")
                    writer.uint32(26).string(message.parameter);
                if (message.allowed != null && $Object.hasOwnProperty.call(message, "allowed") && message.allowed !== "")
                    writer.uint32(34).string(message.allowed);
                if (message.outputTail != null && $Object.hasOwnProperty.call(message, "outputTail") && message.outputTail !== "")
                    writer.uint32(42).string(message.outputTail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RpcError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RpcError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.RpcError();
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
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parameter = value;
                            else
                                delete message.parameter;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.allowed = value;
                            else
                                delete message.allowed;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputTail = value;
                            else
                                delete message.outputTail;
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

            RpcError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RpcError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                    if (!$util.isString(message.parameter))
                        return "parameter: string expected";
                if (message.allowed != null && $Object.hasOwnProperty.call(message, "allowed"))
                    if (!$util.isString(message.allowed))
                        return "allowed: string expected";
                if (message.outputTail != null && $Object.hasOwnProperty.call(message, "outputTail"))
                    if (!$util.isString(message.outputTail))
                        return "outputTail: string expected";
                return null;
            };

            RpcError.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.RpcError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.RpcError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.RpcError();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.lama.v1.ErrorKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ERROR_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "ERROR_UNKNOWN_ADAPTOR":
                    case 1:
                        message.kind = 1;
                        break;
                    case "ERROR_INVALID_PARAMETER":
                    case 2:
                        message.kind = 2;
                        break;
                    case "ERROR_ADAPTOR_FAILURE":
                    case 3:
                        message.kind = 3;
                        break;
                    case "ERROR_TIMEOUT":
                    case 4:
                        message.kind = 4;
                        break;
                    case "ERROR_BAD_REQUEST":
                    case 5:
                        message.kind = 5;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.parameter != null)
                    if (typeof object.parameter !== "string" || object.parameter.length)
                        message.parameter = $String(object.parameter);
                if (object.allowed != null)
                    if (typeof object.allowed !== "string" || object.allowed.length)
                        message.allowed = $String(object.allowed);
                if (object.outputTail != null)
                    if (typeof object.outputTail !== "string" || object.outputTail.length)
                        message.outputTail = $String(object.outputTail);
                return message;
            };

            RpcError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "ERROR_UNSPECIFIED" : 0;
                    object.message = "";
                    object.parameter = "";
                    object.allowed = "";
                    object.outputTail = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.lama.v1.ErrorKind[message.kind] === $undefined ? message.kind : $root.lama.v1.ErrorKind[message.kind] : message.kind;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                    object.parameter = message.parameter;
                if (message.allowed != null && $Object.hasOwnProperty.call(message, "allowed"))
                    object.allowed = message.allowed;
                if (message.outputTail != null && $Object.hasOwnProperty.call(message, "outputTail"))
                    object.outputTail = message.outputTail;
                return object;
            };

            RpcError.prototype.toJSON = function() {
                return RpcError.toObject(this, $protobuf.util.toJSONOptions);
            };

            RpcError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.RpcError";
            };

            return RpcError;
        })();

        v1.NodeStatus = (function() {

            const NodeStatus = function (properties) {
                this.interfaces = [];
                this.disks = [];
                this.filesystems = [];
                this.adaptors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeStatus.prototype.serviceId = "";
            NodeStatus.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeStatus.prototype.periodMs = 0;
            NodeStatus.prototype.cpu = null;
            NodeStatus.prototype.memory = null;
            NodeStatus.prototype.load = null;
            NodeStatus.prototype.interfaces = $util.emptyArray;
            NodeStatus.prototype.disks = $util.emptyArray;
            NodeStatus.prototype.filesystems = $util.emptyArray;
            NodeStatus.prototype.rxBps = 0;
            NodeStatus.prototype.txBps = 0;
            NodeStatus.prototype.linkCapacityBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeStatus.prototype.adaptors = $util.emptyArray;

            NodeStatus.create = function(properties) {
                return new NodeStatus(properties);
            };

            NodeStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                    writer.uint32(10).string(message.serviceId);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(16).uint64(message.atMs);
                if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs") && message.periodMs !== 0)
                    writer.uint32(24).uint32(message.periodMs);
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    $root.lama.v1.CpuStatus.encode(message.cpu, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    $root.lama.v1.MemoryStatus.encode(message.memory, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    $root.lama.v1.LoadAverage.encode(message.load, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.interfaces != null && message.interfaces.length)
                    for (let i = 0; i < message.interfaces.length; ++i)
                        $root.lama.v1.InterfaceStatus.encode(message.interfaces[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.disks != null && message.disks.length)
                    for (let i = 0; i < message.disks.length; ++i)
                        $root.lama.v1.DiskStatus.encode(message.disks[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.filesystems != null && message.filesystems.length)
                    for (let i = 0; i < message.filesystems.length; ++i)
                        $root.lama.v1.FileSystemStatus.encode(message.filesystems[i], writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.rxBps != null && $Object.hasOwnProperty.call(message, "rxBps") && !$Object.is(message.rxBps, 0))
                    writer.uint32(81).double(message.rxBps);
                if (message.txBps != null && $Object.hasOwnProperty.call(message, "txBps") && !$Object.is(message.txBps, 0))
                    writer.uint32(89).double(message.txBps);
                if (message.linkCapacityBps != null && $Object.hasOwnProperty.call(message, "linkCapacityBps") && (typeof message.linkCapacityBps === "object" ? message.linkCapacityBps.low || message.linkCapacityBps.high : message.linkCapacityBps !== 0))
                    writer.uint32(96).uint64(message.linkCapacityBps);
                if (message.adaptors != null && message.adaptors.length)
                    for (let i = 0; i < message.adaptors.length; ++i)
                        $root.lama.v1.AdaptorStatus.encode(message.adaptors[i], writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            NodeStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.NodeStatus();
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
                            if ((value = reader.stringVerify()).length)
                                message.serviceId = value;
                            else
                                delete message.serviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.periodMs = value;
                            else
                                delete message.periodMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.cpu = $root.lama.v1.CpuStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.cpu);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.memory = $root.lama.v1.MemoryStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.load = $root.lama.v1.LoadAverage.decode(reader, reader.size(), $undefined, _depth + 1, message.load);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.interfaces && message.interfaces.length))
                                message.interfaces = [];
                            message.interfaces.push($root.lama.v1.InterfaceStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disks && message.disks.length))
                                message.disks = [];
                            message.disks.push($root.lama.v1.DiskStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.filesystems && message.filesystems.length))
                                message.filesystems = [];
                            message.filesystems.push($root.lama.v1.FileSystemStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rxBps = value;
                            else
                                delete message.rxBps;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.txBps = value;
                            else
                                delete message.txBps;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.linkCapacityBps = value;
                            else
                                delete message.linkCapacityBps;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.adaptors && message.adaptors.length))
                                message.adaptors = [];
                            message.adaptors.push($root.lama.v1.AdaptorStatus.decode(reader, reader.size(), $undefined, _depth + 1));
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

            NodeStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            NodeStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    if (!$util.isString(message.serviceId))
                        return "serviceId: string expected";
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (!$util.isInteger(message.atMs) && !(message.atMs && $util.isInteger(message.atMs.low) && $util.isInteger(message.atMs.high)))
                        return "atMs: integer|Long expected";
                if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs"))
                    if (!$util.isInteger(message.periodMs))
                        return "periodMs: integer expected";
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu")) {
                    let error = $root.lama.v1.CpuStatus.verify(message.cpu, _depth + 1);
                    if (error)
                        return "cpu." + error;
                }
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory")) {
                    let error = $root.lama.v1.MemoryStatus.verify(message.memory, _depth + 1);
                    if (error)
                        return "memory." + error;
                }
                if (message.load != null && $Object.hasOwnProperty.call(message, "load")) {
                    let error = $root.lama.v1.LoadAverage.verify(message.load, _depth + 1);
                    if (error)
                        return "load." + error;
                }
                if (message.interfaces != null && $Object.hasOwnProperty.call(message, "interfaces")) {
                    if (!$Array.isArray(message.interfaces))
                        return "interfaces: array expected";
                    for (let i = 0; i < message.interfaces.length; ++i) {
                        let error = $root.lama.v1.InterfaceStatus.verify(message.interfaces[i], _depth + 1);
                        if (error)
                            return "interfaces." + error;
                    }
                }
                if (message.disks != null && $Object.hasOwnProperty.call(message, "disks")) {
                    if (!$Array.isArray(message.disks))
                        return "disks: array expected";
                    for (let i = 0; i < message.disks.length; ++i) {
                        let error = $root.lama.v1.DiskStatus.verify(message.disks[i], _depth + 1);
                        if (error)
                            return "disks." + error;
                    }
                }
                if (message.filesystems != null && $Object.hasOwnProperty.call(message, "filesystems")) {
                    if (!$Array.isArray(message.filesystems))
                        return "filesystems: array expected";
                    for (let i = 0; i < message.filesystems.length; ++i) {
                        let error = $root.lama.v1.FileSystemStatus.verify(message.filesystems[i], _depth + 1);
                        if (error)
                            return "filesystems." + error;
                    }
                }
                if (message.rxBps != null && $Object.hasOwnProperty.call(message, "rxBps"))
                    if (typeof message.rxBps !== "number")
                        return "rxBps: number expected";
                if (message.txBps != null && $Object.hasOwnProperty.call(message, "txBps"))
                    if (typeof message.txBps !== "number")
                        return "txBps: number expected";
                if (message.linkCapacityBps != null && $Object.hasOwnProperty.call(message, "linkCapacityBps"))
                    if (!$util.isInteger(message.linkCapacityBps) && !(message.linkCapacityBps && $util.isInteger(message.linkCapacityBps.low) && $util.isInteger(message.linkCapacityBps.high)))
                        return "linkCapacityBps: integer|Long expected";
                if (message.adaptors != null && $Object.hasOwnProperty.call(message, "adaptors")) {
                    if (!$Array.isArray(message.adaptors))
                        return "adaptors: array expected";
                    for (let i = 0; i < message.adaptors.length; ++i) {
                        let error = $root.lama.v1.AdaptorStatus.verify(message.adaptors[i], _depth + 1);
                        if (error)
                            return "adaptors." + error;
                    }
                }
                return null;
            };

            NodeStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.NodeStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.NodeStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.NodeStatus();
                if (object.serviceId != null)
                    if (typeof object.serviceId !== "string" || object.serviceId.length)
                        message.serviceId = $String(object.serviceId);
                if (object.atMs != null)
                    if (typeof object.atMs === "object" ? object.atMs.low || object.atMs.high : $Number(object.atMs) !== 0)
                        if ($util.Long)
                            message.atMs = $util.Long.fromValue(object.atMs, true);
                        else if (typeof object.atMs === "string")
                            message.atMs = $parseInt(object.atMs, 10);
                        else if (typeof object.atMs === "number")
                            message.atMs = object.atMs;
                        else if (typeof object.atMs === "object")
                            message.atMs = new $util.LongBits(object.atMs.low >>> 0, object.atMs.high >>> 0).toNumber(true);
                if (object.periodMs != null)
                    if ($Number(object.periodMs) !== 0)
                        message.periodMs = object.periodMs >>> 0;
                if (object.cpu != null) {
                    if (!$util.isObject(object.cpu))
                        throw $TypeError(".lama.v1.NodeStatus.cpu: object expected");
                    message.cpu = $root.lama.v1.CpuStatus.fromObject(object.cpu, _depth + 1);
                }
                if (object.memory != null) {
                    if (!$util.isObject(object.memory))
                        throw $TypeError(".lama.v1.NodeStatus.memory: object expected");
                    message.memory = $root.lama.v1.MemoryStatus.fromObject(object.memory, _depth + 1);
                }
                if (object.load != null) {
                    if (!$util.isObject(object.load))
                        throw $TypeError(".lama.v1.NodeStatus.load: object expected");
                    message.load = $root.lama.v1.LoadAverage.fromObject(object.load, _depth + 1);
                }
                if (object.interfaces) {
                    if (!$Array.isArray(object.interfaces))
                        throw $TypeError(".lama.v1.NodeStatus.interfaces: array expected");
                    message.interfaces = $Array(object.interfaces.length);
                    for (let i = 0; i < object.interfaces.length; ++i) {
                        if (!$util.isObject(object.interfaces[i]))
                            throw $TypeError(".lama.v1.NodeStatus.interfaces: object expected");
                        message.interfaces[i] = $root.lama.v1.InterfaceStatus.fromObject(object.interfaces[i], _depth + 1);
                    }
                }
                if (object.disks) {
                    if (!$Array.isArray(object.disks))
                        throw $TypeError(".lama.v1.NodeStatus.disks: array expected");
                    message.disks = $Array(object.disks.length);
                    for (let i = 0; i < object.disks.length; ++i) {
                        if (!$util.isObject(object.disks[i]))
                            throw $TypeError(".lama.v1.NodeStatus.disks: object expected");
                        message.disks[i] = $root.lama.v1.DiskStatus.fromObject(object.disks[i], _depth + 1);
                    }
                }
                if (object.filesystems) {
                    if (!$Array.isArray(object.filesystems))
                        throw $TypeError(".lama.v1.NodeStatus.filesystems: array expected");
                    message.filesystems = $Array(object.filesystems.length);
                    for (let i = 0; i < object.filesystems.length; ++i) {
                        if (!$util.isObject(object.filesystems[i]))
                            throw $TypeError(".lama.v1.NodeStatus.filesystems: object expected");
                        message.filesystems[i] = $root.lama.v1.FileSystemStatus.fromObject(object.filesystems[i], _depth + 1);
                    }
                }
                if (object.rxBps != null)
                    if (!$Object.is($Number(object.rxBps), 0))
                        message.rxBps = $Number(object.rxBps);
                if (object.txBps != null)
                    if (!$Object.is($Number(object.txBps), 0))
                        message.txBps = $Number(object.txBps);
                if (object.linkCapacityBps != null)
                    if (typeof object.linkCapacityBps === "object" ? object.linkCapacityBps.low || object.linkCapacityBps.high : $Number(object.linkCapacityBps) !== 0)
                        if ($util.Long)
                            message.linkCapacityBps = $util.Long.fromValue(object.linkCapacityBps, true);
                        else if (typeof object.linkCapacityBps === "string")
                            message.linkCapacityBps = $parseInt(object.linkCapacityBps, 10);
                        else if (typeof object.linkCapacityBps === "number")
                            message.linkCapacityBps = object.linkCapacityBps;
                        else if (typeof object.linkCapacityBps === "object")
                            message.linkCapacityBps = new $util.LongBits(object.linkCapacityBps.low >>> 0, object.linkCapacityBps.high >>> 0).toNumber(true);
                if (object.adaptors) {
                    if (!$Array.isArray(object.adaptors))
                        throw $TypeError(".lama.v1.NodeStatus.adaptors: array expected");
                    message.adaptors = $Array(object.adaptors.length);
                    for (let i = 0; i < object.adaptors.length; ++i) {
                        if (!$util.isObject(object.adaptors[i]))
                            throw $TypeError(".lama.v1.NodeStatus.adaptors: object expected");
                        message.adaptors[i] = $root.lama.v1.AdaptorStatus.fromObject(object.adaptors[i], _depth + 1);
                    }
                }
                return message;
            };

            NodeStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.interfaces = [];
                    object.disks = [];
                    object.filesystems = [];
                    object.adaptors = [];
                }
                if (options.defaults) {
                    object.serviceId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.atMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.atMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.periodMs = 0;
                    object.cpu = null;
                    object.memory = null;
                    object.load = null;
                    object.rxBps = 0;
                    object.txBps = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.linkCapacityBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.linkCapacityBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                    object.serviceId = message.serviceId;
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.atMs = typeof message.atMs === "number" ? $BigInt(message.atMs) : $util.Long.fromBits(message.atMs.low >>> 0, message.atMs.high >>> 0, true).toBigInt();
                    else if (typeof message.atMs === "number")
                        object.atMs = options.longs === $String ? $String(message.atMs) : message.atMs;
                    else
                        object.atMs = options.longs === $String ? $util.Long.prototype.toString.call(message.atMs) : options.longs === $Number ? new $util.LongBits(message.atMs.low >>> 0, message.atMs.high >>> 0).toNumber(true) : message.atMs;
                if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs"))
                    object.periodMs = message.periodMs;
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    object.cpu = $root.lama.v1.CpuStatus.toObject(message.cpu, options, _depth + 1);
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    object.memory = $root.lama.v1.MemoryStatus.toObject(message.memory, options, _depth + 1);
                if (message.load != null && $Object.hasOwnProperty.call(message, "load"))
                    object.load = $root.lama.v1.LoadAverage.toObject(message.load, options, _depth + 1);
                if (message.interfaces && message.interfaces.length) {
                    object.interfaces = $Array(message.interfaces.length);
                    for (let j = 0; j < message.interfaces.length; ++j)
                        object.interfaces[j] = $root.lama.v1.InterfaceStatus.toObject(message.interfaces[j], options, _depth + 1);
                }
                if (message.disks && message.disks.length) {
                    object.disks = $Array(message.disks.length);
                    for (let j = 0; j < message.disks.length; ++j)
                        object.disks[j] = $root.lama.v1.DiskStatus.toObject(message.disks[j], options, _depth + 1);
                }
                if (message.filesystems && message.filesystems.length) {
                    object.filesystems = $Array(message.filesystems.length);
                    for (let j = 0; j < message.filesystems.length; ++j)
                        object.filesystems[j] = $root.lama.v1.FileSystemStatus.toObject(message.filesystems[j], options, _depth + 1);
                }
                if (message.rxBps != null && $Object.hasOwnProperty.call(message, "rxBps"))
                    object.rxBps = options.json && !$isFinite(message.rxBps) ? $String(message.rxBps) : message.rxBps;
                if (message.txBps != null && $Object.hasOwnProperty.call(message, "txBps"))
                    object.txBps = options.json && !$isFinite(message.txBps) ? $String(message.txBps) : message.txBps;
                if (message.linkCapacityBps != null && $Object.hasOwnProperty.call(message, "linkCapacityBps"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.linkCapacityBps = typeof message.linkCapacityBps === "number" ? $BigInt(message.linkCapacityBps) : $util.Long.fromBits(message.linkCapacityBps.low >>> 0, message.linkCapacityBps.high >>> 0, true).toBigInt();
                    else if (typeof message.linkCapacityBps === "number")
                        object.linkCapacityBps = options.longs === $String ? $String(message.linkCapacityBps) : message.linkCapacityBps;
                    else
                        object.linkCapacityBps = options.longs === $String ? $util.Long.prototype.toString.call(message.linkCapacityBps) : options.longs === $Number ? new $util.LongBits(message.linkCapacityBps.low >>> 0, message.linkCapacityBps.high >>> 0).toNumber(true) : message.linkCapacityBps;
                if (message.adaptors && message.adaptors.length) {
                    object.adaptors = $Array(message.adaptors.length);
                    for (let j = 0; j < message.adaptors.length; ++j)
                        object.adaptors[j] = $root.lama.v1.AdaptorStatus.toObject(message.adaptors[j], options, _depth + 1);
                }
                return object;
            };

            NodeStatus.prototype.toJSON = function() {
                return NodeStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            NodeStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.NodeStatus";
            };

            return NodeStatus;
        })();

        v1.CpuStatus = (function() {

            const CpuStatus = function (properties) {
                this.perCpuBusy = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CpuStatus.prototype.user = 0;
            CpuStatus.prototype.nice = 0;
            CpuStatus.prototype.system = 0;
            CpuStatus.prototype.idle = 0;
            CpuStatus.prototype.iowait = 0;
            CpuStatus.prototype.irq = 0;
            CpuStatus.prototype.softirq = 0;
            CpuStatus.prototype.steal = 0;
            CpuStatus.prototype.busy = 0;
            CpuStatus.prototype.perCpuBusy = $util.emptyArray;

            CpuStatus.create = function(properties) {
                return new CpuStatus(properties);
            };

            CpuStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && !$Object.is(message.user, 0))
                    writer.uint32(9).double(message.user);
                if (message.nice != null && $Object.hasOwnProperty.call(message, "nice") && !$Object.is(message.nice, 0))
                    writer.uint32(17).double(message.nice);
                if (message.system != null && $Object.hasOwnProperty.call(message, "system") && !$Object.is(message.system, 0))
                    writer.uint32(25).double(message.system);
                if (message.idle != null && $Object.hasOwnProperty.call(message, "idle") && !$Object.is(message.idle, 0))
                    writer.uint32(33).double(message.idle);
                if (message.iowait != null && $Object.hasOwnProperty.call(message, "iowait") && !$Object.is(message.iowait, 0))
                    writer.uint32(41).double(message.iowait);
                if (message.irq != null && $Object.hasOwnProperty.call(message, "irq") && !$Object.is(message.irq, 0))
                    writer.uint32(49).double(message.irq);
                if (message.softirq != null && $Object.hasOwnProperty.call(message, "softirq") && !$Object.is(message.softirq, 0))
                    writer.uint32(57).double(message.softirq);
                if (message.steal != null && $Object.hasOwnProperty.call(message, "steal") && !$Object.is(message.steal, 0))
                    writer.uint32(65).double(message.steal);
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy") && !$Object.is(message.busy, 0))
                    writer.uint32(73).double(message.busy);
                if (message.perCpuBusy != null && message.perCpuBusy.length)
                    writer.uint32(82).doubles(message.perCpuBusy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CpuStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            CpuStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.CpuStatus();
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.nice = value;
                            else
                                delete message.nice;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.system = value;
                            else
                                delete message.system;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.idle = value;
                            else
                                delete message.idle;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.iowait = value;
                            else
                                delete message.iowait;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.irq = value;
                            else
                                delete message.irq;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.softirq = value;
                            else
                                delete message.softirq;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.steal = value;
                            else
                                delete message.steal;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.busy = value;
                            else
                                delete message.busy;
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.perCpuBusy && message.perCpuBusy.length))
                                    message.perCpuBusy = [];
                                reader.doubles(message.perCpuBusy);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.perCpuBusy && message.perCpuBusy.length))
                                message.perCpuBusy = [];
                            message.perCpuBusy.push(reader.double());
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

            CpuStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            CpuStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    if (typeof message.user !== "number")
                        return "user: number expected";
                if (message.nice != null && $Object.hasOwnProperty.call(message, "nice"))
                    if (typeof message.nice !== "number")
                        return "nice: number expected";
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    if (typeof message.system !== "number")
                        return "system: number expected";
                if (message.idle != null && $Object.hasOwnProperty.call(message, "idle"))
                    if (typeof message.idle !== "number")
                        return "idle: number expected";
                if (message.iowait != null && $Object.hasOwnProperty.call(message, "iowait"))
                    if (typeof message.iowait !== "number")
                        return "iowait: number expected";
                if (message.irq != null && $Object.hasOwnProperty.call(message, "irq"))
                    if (typeof message.irq !== "number")
                        return "irq: number expected";
                if (message.softirq != null && $Object.hasOwnProperty.call(message, "softirq"))
                    if (typeof message.softirq !== "number")
                        return "softirq: number expected";
                if (message.steal != null && $Object.hasOwnProperty.call(message, "steal"))
                    if (typeof message.steal !== "number")
                        return "steal: number expected";
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    if (typeof message.busy !== "number")
                        return "busy: number expected";
                if (message.perCpuBusy != null && $Object.hasOwnProperty.call(message, "perCpuBusy")) {
                    if (!$Array.isArray(message.perCpuBusy))
                        return "perCpuBusy: array expected";
                    for (let i = 0; i < message.perCpuBusy.length; ++i)
                        if (typeof message.perCpuBusy[i] !== "number")
                            return "perCpuBusy: number[] expected";
                }
                return null;
            };

            CpuStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.CpuStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.CpuStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.CpuStatus();
                if (object.user != null)
                    if (!$Object.is($Number(object.user), 0))
                        message.user = $Number(object.user);
                if (object.nice != null)
                    if (!$Object.is($Number(object.nice), 0))
                        message.nice = $Number(object.nice);
                if (object.system != null)
                    if (!$Object.is($Number(object.system), 0))
                        message.system = $Number(object.system);
                if (object.idle != null)
                    if (!$Object.is($Number(object.idle), 0))
                        message.idle = $Number(object.idle);
                if (object.iowait != null)
                    if (!$Object.is($Number(object.iowait), 0))
                        message.iowait = $Number(object.iowait);
                if (object.irq != null)
                    if (!$Object.is($Number(object.irq), 0))
                        message.irq = $Number(object.irq);
                if (object.softirq != null)
                    if (!$Object.is($Number(object.softirq), 0))
                        message.softirq = $Number(object.softirq);
                if (object.steal != null)
                    if (!$Object.is($Number(object.steal), 0))
                        message.steal = $Number(object.steal);
                if (object.busy != null)
                    if (!$Object.is($Number(object.busy), 0))
                        message.busy = $Number(object.busy);
                if (object.perCpuBusy) {
                    if (!$Array.isArray(object.perCpuBusy))
                        throw $TypeError(".lama.v1.CpuStatus.perCpuBusy: array expected");
                    message.perCpuBusy = $Array(object.perCpuBusy.length);
                    for (let i = 0; i < object.perCpuBusy.length; ++i)
                        message.perCpuBusy[i] = $Number(object.perCpuBusy[i]);
                }
                return message;
            };

            CpuStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.perCpuBusy = [];
                if (options.defaults) {
                    object.user = 0;
                    object.nice = 0;
                    object.system = 0;
                    object.idle = 0;
                    object.iowait = 0;
                    object.irq = 0;
                    object.softirq = 0;
                    object.steal = 0;
                    object.busy = 0;
                }
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = options.json && !$isFinite(message.user) ? $String(message.user) : message.user;
                if (message.nice != null && $Object.hasOwnProperty.call(message, "nice"))
                    object.nice = options.json && !$isFinite(message.nice) ? $String(message.nice) : message.nice;
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    object.system = options.json && !$isFinite(message.system) ? $String(message.system) : message.system;
                if (message.idle != null && $Object.hasOwnProperty.call(message, "idle"))
                    object.idle = options.json && !$isFinite(message.idle) ? $String(message.idle) : message.idle;
                if (message.iowait != null && $Object.hasOwnProperty.call(message, "iowait"))
                    object.iowait = options.json && !$isFinite(message.iowait) ? $String(message.iowait) : message.iowait;
                if (message.irq != null && $Object.hasOwnProperty.call(message, "irq"))
                    object.irq = options.json && !$isFinite(message.irq) ? $String(message.irq) : message.irq;
                if (message.softirq != null && $Object.hasOwnProperty.call(message, "softirq"))
                    object.softirq = options.json && !$isFinite(message.softirq) ? $String(message.softirq) : message.softirq;
                if (message.steal != null && $Object.hasOwnProperty.call(message, "steal"))
                    object.steal = options.json && !$isFinite(message.steal) ? $String(message.steal) : message.steal;
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    object.busy = options.json && !$isFinite(message.busy) ? $String(message.busy) : message.busy;
                if (message.perCpuBusy && message.perCpuBusy.length) {
                    object.perCpuBusy = $Array(message.perCpuBusy.length);
                    for (let j = 0; j < message.perCpuBusy.length; ++j)
                        object.perCpuBusy[j] = options.json && !$isFinite(message.perCpuBusy[j]) ? $String(message.perCpuBusy[j]) : message.perCpuBusy[j];
                }
                return object;
            };

            CpuStatus.prototype.toJSON = function() {
                return CpuStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            CpuStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.CpuStatus";
            };

            return CpuStatus;
        })();

        v1.MemoryStatus = (function() {

            const MemoryStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemoryStatus.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStatus.prototype.availableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStatus.prototype.freeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStatus.prototype.buffersBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStatus.prototype.cachedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStatus.prototype.swapTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStatus.prototype.swapFreeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MemoryStatus.create = function(properties) {
                return new MemoryStatus(properties);
            };

            MemoryStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(8).uint64(message.totalBytes);
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes") && (typeof message.availableBytes === "object" ? message.availableBytes.low || message.availableBytes.high : message.availableBytes !== 0))
                    writer.uint32(16).uint64(message.availableBytes);
                if (message.freeBytes != null && $Object.hasOwnProperty.call(message, "freeBytes") && (typeof message.freeBytes === "object" ? message.freeBytes.low || message.freeBytes.high : message.freeBytes !== 0))
                    writer.uint32(24).uint64(message.freeBytes);
                if (message.buffersBytes != null && $Object.hasOwnProperty.call(message, "buffersBytes") && (typeof message.buffersBytes === "object" ? message.buffersBytes.low || message.buffersBytes.high : message.buffersBytes !== 0))
                    writer.uint32(32).uint64(message.buffersBytes);
                if (message.cachedBytes != null && $Object.hasOwnProperty.call(message, "cachedBytes") && (typeof message.cachedBytes === "object" ? message.cachedBytes.low || message.cachedBytes.high : message.cachedBytes !== 0))
                    writer.uint32(40).uint64(message.cachedBytes);
                if (message.swapTotalBytes != null && $Object.hasOwnProperty.call(message, "swapTotalBytes") && (typeof message.swapTotalBytes === "object" ? message.swapTotalBytes.low || message.swapTotalBytes.high : message.swapTotalBytes !== 0))
                    writer.uint32(48).uint64(message.swapTotalBytes);
                if (message.swapFreeBytes != null && $Object.hasOwnProperty.call(message, "swapFreeBytes") && (typeof message.swapFreeBytes === "object" ? message.swapFreeBytes.low || message.swapFreeBytes.high : message.swapFreeBytes !== 0))
                    writer.uint32(56).uint64(message.swapFreeBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemoryStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            MemoryStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.MemoryStatus();
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
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.availableBytes = value;
                            else
                                delete message.availableBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.freeBytes = value;
                            else
                                delete message.freeBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.buffersBytes = value;
                            else
                                delete message.buffersBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cachedBytes = value;
                            else
                                delete message.cachedBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.swapTotalBytes = value;
                            else
                                delete message.swapTotalBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.swapFreeBytes = value;
                            else
                                delete message.swapFreeBytes;
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

            MemoryStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            MemoryStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                        return "totalBytes: integer|Long expected";
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (!$util.isInteger(message.availableBytes) && !(message.availableBytes && $util.isInteger(message.availableBytes.low) && $util.isInteger(message.availableBytes.high)))
                        return "availableBytes: integer|Long expected";
                if (message.freeBytes != null && $Object.hasOwnProperty.call(message, "freeBytes"))
                    if (!$util.isInteger(message.freeBytes) && !(message.freeBytes && $util.isInteger(message.freeBytes.low) && $util.isInteger(message.freeBytes.high)))
                        return "freeBytes: integer|Long expected";
                if (message.buffersBytes != null && $Object.hasOwnProperty.call(message, "buffersBytes"))
                    if (!$util.isInteger(message.buffersBytes) && !(message.buffersBytes && $util.isInteger(message.buffersBytes.low) && $util.isInteger(message.buffersBytes.high)))
                        return "buffersBytes: integer|Long expected";
                if (message.cachedBytes != null && $Object.hasOwnProperty.call(message, "cachedBytes"))
                    if (!$util.isInteger(message.cachedBytes) && !(message.cachedBytes && $util.isInteger(message.cachedBytes.low) && $util.isInteger(message.cachedBytes.high)))
                        return "cachedBytes: integer|Long expected";
                if (message.swapTotalBytes != null && $Object.hasOwnProperty.call(message, "swapTotalBytes"))
                    if (!$util.isInteger(message.swapTotalBytes) && !(message.swapTotalBytes && $util.isInteger(message.swapTotalBytes.low) && $util.isInteger(message.swapTotalBytes.high)))
                        return "swapTotalBytes: integer|Long expected";
                if (message.swapFreeBytes != null && $Object.hasOwnProperty.call(message, "swapFreeBytes"))
                    if (!$util.isInteger(message.swapFreeBytes) && !(message.swapFreeBytes && $util.isInteger(message.swapFreeBytes.low) && $util.isInteger(message.swapFreeBytes.high)))
                        return "swapFreeBytes: integer|Long expected";
                return null;
            };

            MemoryStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.MemoryStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.MemoryStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.MemoryStatus();
                if (object.totalBytes != null)
                    if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                        if ($util.Long)
                            message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                        else if (typeof object.totalBytes === "string")
                            message.totalBytes = $parseInt(object.totalBytes, 10);
                        else if (typeof object.totalBytes === "number")
                            message.totalBytes = object.totalBytes;
                        else if (typeof object.totalBytes === "object")
                            message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.availableBytes != null)
                    if (typeof object.availableBytes === "object" ? object.availableBytes.low || object.availableBytes.high : $Number(object.availableBytes) !== 0)
                        if ($util.Long)
                            message.availableBytes = $util.Long.fromValue(object.availableBytes, true);
                        else if (typeof object.availableBytes === "string")
                            message.availableBytes = $parseInt(object.availableBytes, 10);
                        else if (typeof object.availableBytes === "number")
                            message.availableBytes = object.availableBytes;
                        else if (typeof object.availableBytes === "object")
                            message.availableBytes = new $util.LongBits(object.availableBytes.low >>> 0, object.availableBytes.high >>> 0).toNumber(true);
                if (object.freeBytes != null)
                    if (typeof object.freeBytes === "object" ? object.freeBytes.low || object.freeBytes.high : $Number(object.freeBytes) !== 0)
                        if ($util.Long)
                            message.freeBytes = $util.Long.fromValue(object.freeBytes, true);
                        else if (typeof object.freeBytes === "string")
                            message.freeBytes = $parseInt(object.freeBytes, 10);
                        else if (typeof object.freeBytes === "number")
                            message.freeBytes = object.freeBytes;
                        else if (typeof object.freeBytes === "object")
                            message.freeBytes = new $util.LongBits(object.freeBytes.low >>> 0, object.freeBytes.high >>> 0).toNumber(true);
                if (object.buffersBytes != null)
                    if (typeof object.buffersBytes === "object" ? object.buffersBytes.low || object.buffersBytes.high : $Number(object.buffersBytes) !== 0)
                        if ($util.Long)
                            message.buffersBytes = $util.Long.fromValue(object.buffersBytes, true);
                        else if (typeof object.buffersBytes === "string")
                            message.buffersBytes = $parseInt(object.buffersBytes, 10);
                        else if (typeof object.buffersBytes === "number")
                            message.buffersBytes = object.buffersBytes;
                        else if (typeof object.buffersBytes === "object")
                            message.buffersBytes = new $util.LongBits(object.buffersBytes.low >>> 0, object.buffersBytes.high >>> 0).toNumber(true);
                if (object.cachedBytes != null)
                    if (typeof object.cachedBytes === "object" ? object.cachedBytes.low || object.cachedBytes.high : $Number(object.cachedBytes) !== 0)
                        if ($util.Long)
                            message.cachedBytes = $util.Long.fromValue(object.cachedBytes, true);
                        else if (typeof object.cachedBytes === "string")
                            message.cachedBytes = $parseInt(object.cachedBytes, 10);
                        else if (typeof object.cachedBytes === "number")
                            message.cachedBytes = object.cachedBytes;
                        else if (typeof object.cachedBytes === "object")
                            message.cachedBytes = new $util.LongBits(object.cachedBytes.low >>> 0, object.cachedBytes.high >>> 0).toNumber(true);
                if (object.swapTotalBytes != null)
                    if (typeof object.swapTotalBytes === "object" ? object.swapTotalBytes.low || object.swapTotalBytes.high : $Number(object.swapTotalBytes) !== 0)
                        if ($util.Long)
                            message.swapTotalBytes = $util.Long.fromValue(object.swapTotalBytes, true);
                        else if (typeof object.swapTotalBytes === "string")
                            message.swapTotalBytes = $parseInt(object.swapTotalBytes, 10);
                        else if (typeof object.swapTotalBytes === "number")
                            message.swapTotalBytes = object.swapTotalBytes;
                        else if (typeof object.swapTotalBytes === "object")
                            message.swapTotalBytes = new $util.LongBits(object.swapTotalBytes.low >>> 0, object.swapTotalBytes.high >>> 0).toNumber(true);
                if (object.swapFreeBytes != null)
                    if (typeof object.swapFreeBytes === "object" ? object.swapFreeBytes.low || object.swapFreeBytes.high : $Number(object.swapFreeBytes) !== 0)
                        if ($util.Long)
                            message.swapFreeBytes = $util.Long.fromValue(object.swapFreeBytes, true);
                        else if (typeof object.swapFreeBytes === "string")
                            message.swapFreeBytes = $parseInt(object.swapFreeBytes, 10);
                        else if (typeof object.swapFreeBytes === "number")
                            message.swapFreeBytes = object.swapFreeBytes;
                        else if (typeof object.swapFreeBytes === "object")
                            message.swapFreeBytes = new $util.LongBits(object.swapFreeBytes.low >>> 0, object.swapFreeBytes.high >>> 0).toNumber(true);
                return message;
            };

            MemoryStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.availableBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.availableBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.freeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.freeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.buffersBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.buffersBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.cachedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.cachedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.swapTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.swapTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.swapFreeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.swapFreeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.availableBytes = typeof message.availableBytes === "number" ? $BigInt(message.availableBytes) : $util.Long.fromBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.availableBytes === "number")
                        object.availableBytes = options.longs === $String ? $String(message.availableBytes) : message.availableBytes;
                    else
                        object.availableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.availableBytes) : options.longs === $Number ? new $util.LongBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0).toNumber(true) : message.availableBytes;
                if (message.freeBytes != null && $Object.hasOwnProperty.call(message, "freeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.freeBytes = typeof message.freeBytes === "number" ? $BigInt(message.freeBytes) : $util.Long.fromBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.freeBytes === "number")
                        object.freeBytes = options.longs === $String ? $String(message.freeBytes) : message.freeBytes;
                    else
                        object.freeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.freeBytes) : options.longs === $Number ? new $util.LongBits(message.freeBytes.low >>> 0, message.freeBytes.high >>> 0).toNumber(true) : message.freeBytes;
                if (message.buffersBytes != null && $Object.hasOwnProperty.call(message, "buffersBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.buffersBytes = typeof message.buffersBytes === "number" ? $BigInt(message.buffersBytes) : $util.Long.fromBits(message.buffersBytes.low >>> 0, message.buffersBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.buffersBytes === "number")
                        object.buffersBytes = options.longs === $String ? $String(message.buffersBytes) : message.buffersBytes;
                    else
                        object.buffersBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.buffersBytes) : options.longs === $Number ? new $util.LongBits(message.buffersBytes.low >>> 0, message.buffersBytes.high >>> 0).toNumber(true) : message.buffersBytes;
                if (message.cachedBytes != null && $Object.hasOwnProperty.call(message, "cachedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.cachedBytes = typeof message.cachedBytes === "number" ? $BigInt(message.cachedBytes) : $util.Long.fromBits(message.cachedBytes.low >>> 0, message.cachedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.cachedBytes === "number")
                        object.cachedBytes = options.longs === $String ? $String(message.cachedBytes) : message.cachedBytes;
                    else
                        object.cachedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.cachedBytes) : options.longs === $Number ? new $util.LongBits(message.cachedBytes.low >>> 0, message.cachedBytes.high >>> 0).toNumber(true) : message.cachedBytes;
                if (message.swapTotalBytes != null && $Object.hasOwnProperty.call(message, "swapTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.swapTotalBytes = typeof message.swapTotalBytes === "number" ? $BigInt(message.swapTotalBytes) : $util.Long.fromBits(message.swapTotalBytes.low >>> 0, message.swapTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.swapTotalBytes === "number")
                        object.swapTotalBytes = options.longs === $String ? $String(message.swapTotalBytes) : message.swapTotalBytes;
                    else
                        object.swapTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.swapTotalBytes) : options.longs === $Number ? new $util.LongBits(message.swapTotalBytes.low >>> 0, message.swapTotalBytes.high >>> 0).toNumber(true) : message.swapTotalBytes;
                if (message.swapFreeBytes != null && $Object.hasOwnProperty.call(message, "swapFreeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.swapFreeBytes = typeof message.swapFreeBytes === "number" ? $BigInt(message.swapFreeBytes) : $util.Long.fromBits(message.swapFreeBytes.low >>> 0, message.swapFreeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.swapFreeBytes === "number")
                        object.swapFreeBytes = options.longs === $String ? $String(message.swapFreeBytes) : message.swapFreeBytes;
                    else
                        object.swapFreeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.swapFreeBytes) : options.longs === $Number ? new $util.LongBits(message.swapFreeBytes.low >>> 0, message.swapFreeBytes.high >>> 0).toNumber(true) : message.swapFreeBytes;
                return object;
            };

            MemoryStatus.prototype.toJSON = function() {
                return MemoryStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            MemoryStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.MemoryStatus";
            };

            return MemoryStatus;
        })();

        v1.LoadAverage = (function() {

            const LoadAverage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LoadAverage.prototype.one = 0;
            LoadAverage.prototype.five = 0;
            LoadAverage.prototype.fifteen = 0;
            LoadAverage.prototype.running = 0;
            LoadAverage.prototype.total = 0;

            LoadAverage.create = function(properties) {
                return new LoadAverage(properties);
            };

            LoadAverage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.one != null && $Object.hasOwnProperty.call(message, "one") && !$Object.is(message.one, 0))
                    writer.uint32(9).double(message.one);
                if (message.five != null && $Object.hasOwnProperty.call(message, "five") && !$Object.is(message.five, 0))
                    writer.uint32(17).double(message.five);
                if (message.fifteen != null && $Object.hasOwnProperty.call(message, "fifteen") && !$Object.is(message.fifteen, 0))
                    writer.uint32(25).double(message.fifteen);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== 0)
                    writer.uint32(32).uint32(message.running);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(40).uint32(message.total);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LoadAverage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LoadAverage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.LoadAverage();
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.one = value;
                            else
                                delete message.one;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.five = value;
                            else
                                delete message.five;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fifteen = value;
                            else
                                delete message.fifteen;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
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

            LoadAverage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LoadAverage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.one != null && $Object.hasOwnProperty.call(message, "one"))
                    if (typeof message.one !== "number")
                        return "one: number expected";
                if (message.five != null && $Object.hasOwnProperty.call(message, "five"))
                    if (typeof message.five !== "number")
                        return "five: number expected";
                if (message.fifteen != null && $Object.hasOwnProperty.call(message, "fifteen"))
                    if (typeof message.fifteen !== "number")
                        return "fifteen: number expected";
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    if (!$util.isInteger(message.running))
                        return "running: integer expected";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total))
                        return "total: integer expected";
                return null;
            };

            LoadAverage.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.LoadAverage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.LoadAverage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.LoadAverage();
                if (object.one != null)
                    if (!$Object.is($Number(object.one), 0))
                        message.one = $Number(object.one);
                if (object.five != null)
                    if (!$Object.is($Number(object.five), 0))
                        message.five = $Number(object.five);
                if (object.fifteen != null)
                    if (!$Object.is($Number(object.fifteen), 0))
                        message.fifteen = $Number(object.fifteen);
                if (object.running != null)
                    if ($Number(object.running) !== 0)
                        message.running = object.running >>> 0;
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                return message;
            };

            LoadAverage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.one = 0;
                    object.five = 0;
                    object.fifteen = 0;
                    object.running = 0;
                    object.total = 0;
                }
                if (message.one != null && $Object.hasOwnProperty.call(message, "one"))
                    object.one = options.json && !$isFinite(message.one) ? $String(message.one) : message.one;
                if (message.five != null && $Object.hasOwnProperty.call(message, "five"))
                    object.five = options.json && !$isFinite(message.five) ? $String(message.five) : message.five;
                if (message.fifteen != null && $Object.hasOwnProperty.call(message, "fifteen"))
                    object.fifteen = options.json && !$isFinite(message.fifteen) ? $String(message.fifteen) : message.fifteen;
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                return object;
            };

            LoadAverage.prototype.toJSON = function() {
                return LoadAverage.toObject(this, $protobuf.util.toJSONOptions);
            };

            LoadAverage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.LoadAverage";
            };

            return LoadAverage;
        })();

        v1.InterfaceStatus = (function() {

            const InterfaceStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InterfaceStatus.prototype.name = "";
            InterfaceStatus.prototype.rxBps = 0;
            InterfaceStatus.prototype.txBps = 0;
            InterfaceStatus.prototype.rxPps = 0;
            InterfaceStatus.prototype.txPps = 0;
            InterfaceStatus.prototype.rxErrorsPs = 0;
            InterfaceStatus.prototype.txErrorsPs = 0;
            InterfaceStatus.prototype.rxDropsPs = 0;
            InterfaceStatus.prototype.txDropsPs = 0;
            InterfaceStatus.prototype.rxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InterfaceStatus.prototype.txBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InterfaceStatus.prototype.speedBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            InterfaceStatus.create = function(properties) {
                return new InterfaceStatus(properties);
            };

            InterfaceStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.rxBps != null && $Object.hasOwnProperty.call(message, "rxBps") && !$Object.is(message.rxBps, 0))
                    writer.uint32(17).double(message.rxBps);
                if (message.txBps != null && $Object.hasOwnProperty.call(message, "txBps") && !$Object.is(message.txBps, 0))
                    writer.uint32(25).double(message.txBps);
                if (message.rxPps != null && $Object.hasOwnProperty.call(message, "rxPps") && !$Object.is(message.rxPps, 0))
                    writer.uint32(33).double(message.rxPps);
                if (message.txPps != null && $Object.hasOwnProperty.call(message, "txPps") && !$Object.is(message.txPps, 0))
                    writer.uint32(41).double(message.txPps);
                if (message.rxErrorsPs != null && $Object.hasOwnProperty.call(message, "rxErrorsPs") && !$Object.is(message.rxErrorsPs, 0))
                    writer.uint32(49).double(message.rxErrorsPs);
                if (message.txErrorsPs != null && $Object.hasOwnProperty.call(message, "txErrorsPs") && !$Object.is(message.txErrorsPs, 0))
                    writer.uint32(57).double(message.txErrorsPs);
                if (message.rxDropsPs != null && $Object.hasOwnProperty.call(message, "rxDropsPs") && !$Object.is(message.rxDropsPs, 0))
                    writer.uint32(65).double(message.rxDropsPs);
                if (message.txDropsPs != null && $Object.hasOwnProperty.call(message, "txDropsPs") && !$Object.is(message.txDropsPs, 0))
                    writer.uint32(73).double(message.txDropsPs);
                if (message.rxBytes != null && $Object.hasOwnProperty.call(message, "rxBytes") && (typeof message.rxBytes === "object" ? message.rxBytes.low || message.rxBytes.high : message.rxBytes !== 0))
                    writer.uint32(80).uint64(message.rxBytes);
                if (message.txBytes != null && $Object.hasOwnProperty.call(message, "txBytes") && (typeof message.txBytes === "object" ? message.txBytes.low || message.txBytes.high : message.txBytes !== 0))
                    writer.uint32(88).uint64(message.txBytes);
                if (message.speedBps != null && $Object.hasOwnProperty.call(message, "speedBps") && (typeof message.speedBps === "object" ? message.speedBps.low || message.speedBps.high : message.speedBps !== 0))
                    writer.uint32(96).uint64(message.speedBps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InterfaceStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            InterfaceStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.InterfaceStatus();
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
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rxBps = value;
                            else
                                delete message.rxBps;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.txBps = value;
                            else
                                delete message.txBps;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rxPps = value;
                            else
                                delete message.rxPps;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.txPps = value;
                            else
                                delete message.txPps;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rxErrorsPs = value;
                            else
                                delete message.rxErrorsPs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.txErrorsPs = value;
                            else
                                delete message.txErrorsPs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rxDropsPs = value;
                            else
                                delete message.rxDropsPs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.txDropsPs = value;
                            else
                                delete message.txDropsPs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rxBytes = value;
                            else
                                delete message.rxBytes;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.txBytes = value;
                            else
                                delete message.txBytes;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.speedBps = value;
                            else
                                delete message.speedBps;
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

            InterfaceStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            InterfaceStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.rxBps != null && $Object.hasOwnProperty.call(message, "rxBps"))
                    if (typeof message.rxBps !== "number")
                        return "rxBps: number expected";
                if (message.txBps != null && $Object.hasOwnProperty.call(message, "txBps"))
                    if (typeof message.txBps !== "number")
                        return "txBps: number expected";
                if (message.rxPps != null && $Object.hasOwnProperty.call(message, "rxPps"))
                    if (typeof message.rxPps !== "number")
                        return "rxPps: number expected";
                if (message.txPps != null && $Object.hasOwnProperty.call(message, "txPps"))
                    if (typeof message.txPps !== "number")
                        return "txPps: number expected";
                if (message.rxErrorsPs != null && $Object.hasOwnProperty.call(message, "rxErrorsPs"))
                    if (typeof message.rxErrorsPs !== "number")
                        return "rxErrorsPs: number expected";
                if (message.txErrorsPs != null && $Object.hasOwnProperty.call(message, "txErrorsPs"))
                    if (typeof message.txErrorsPs !== "number")
                        return "txErrorsPs: number expected";
                if (message.rxDropsPs != null && $Object.hasOwnProperty.call(message, "rxDropsPs"))
                    if (typeof message.rxDropsPs !== "number")
                        return "rxDropsPs: number expected";
                if (message.txDropsPs != null && $Object.hasOwnProperty.call(message, "txDropsPs"))
                    if (typeof message.txDropsPs !== "number")
                        return "txDropsPs: number expected";
                if (message.rxBytes != null && $Object.hasOwnProperty.call(message, "rxBytes"))
                    if (!$util.isInteger(message.rxBytes) && !(message.rxBytes && $util.isInteger(message.rxBytes.low) && $util.isInteger(message.rxBytes.high)))
                        return "rxBytes: integer|Long expected";
                if (message.txBytes != null && $Object.hasOwnProperty.call(message, "txBytes"))
                    if (!$util.isInteger(message.txBytes) && !(message.txBytes && $util.isInteger(message.txBytes.low) && $util.isInteger(message.txBytes.high)))
                        return "txBytes: integer|Long expected";
                if (message.speedBps != null && $Object.hasOwnProperty.call(message, "speedBps"))
                    if (!$util.isInteger(message.speedBps) && !(message.speedBps && $util.isInteger(message.speedBps.low) && $util.isInteger(message.speedBps.high)))
                        return "speedBps: integer|Long expected";
                return null;
            };

            InterfaceStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.InterfaceStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.InterfaceStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.InterfaceStatus();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.rxBps != null)
                    if (!$Object.is($Number(object.rxBps), 0))
                        message.rxBps = $Number(object.rxBps);
                if (object.txBps != null)
                    if (!$Object.is($Number(object.txBps), 0))
                        message.txBps = $Number(object.txBps);
                if (object.rxPps != null)
                    if (!$Object.is($Number(object.rxPps), 0))
                        message.rxPps = $Number(object.rxPps);
                if (object.txPps != null)
                    if (!$Object.is($Number(object.txPps), 0))
                        message.txPps = $Number(object.txPps);
                if (object.rxErrorsPs != null)
                    if (!$Object.is($Number(object.rxErrorsPs), 0))
                        message.rxErrorsPs = $Number(object.rxErrorsPs);
                if (object.txErrorsPs != null)
                    if (!$Object.is($Number(object.txErrorsPs), 0))
                        message.txErrorsPs = $Number(object.txErrorsPs);
                if (object.rxDropsPs != null)
                    if (!$Object.is($Number(object.rxDropsPs), 0))
                        message.rxDropsPs = $Number(object.rxDropsPs);
                if (object.txDropsPs != null)
                    if (!$Object.is($Number(object.txDropsPs), 0))
                        message.txDropsPs = $Number(object.txDropsPs);
                if (object.rxBytes != null)
                    if (typeof object.rxBytes === "object" ? object.rxBytes.low || object.rxBytes.high : $Number(object.rxBytes) !== 0)
                        if ($util.Long)
                            message.rxBytes = $util.Long.fromValue(object.rxBytes, true);
                        else if (typeof object.rxBytes === "string")
                            message.rxBytes = $parseInt(object.rxBytes, 10);
                        else if (typeof object.rxBytes === "number")
                            message.rxBytes = object.rxBytes;
                        else if (typeof object.rxBytes === "object")
                            message.rxBytes = new $util.LongBits(object.rxBytes.low >>> 0, object.rxBytes.high >>> 0).toNumber(true);
                if (object.txBytes != null)
                    if (typeof object.txBytes === "object" ? object.txBytes.low || object.txBytes.high : $Number(object.txBytes) !== 0)
                        if ($util.Long)
                            message.txBytes = $util.Long.fromValue(object.txBytes, true);
                        else if (typeof object.txBytes === "string")
                            message.txBytes = $parseInt(object.txBytes, 10);
                        else if (typeof object.txBytes === "number")
                            message.txBytes = object.txBytes;
                        else if (typeof object.txBytes === "object")
                            message.txBytes = new $util.LongBits(object.txBytes.low >>> 0, object.txBytes.high >>> 0).toNumber(true);
                if (object.speedBps != null)
                    if (typeof object.speedBps === "object" ? object.speedBps.low || object.speedBps.high : $Number(object.speedBps) !== 0)
                        if ($util.Long)
                            message.speedBps = $util.Long.fromValue(object.speedBps, true);
                        else if (typeof object.speedBps === "string")
                            message.speedBps = $parseInt(object.speedBps, 10);
                        else if (typeof object.speedBps === "number")
                            message.speedBps = object.speedBps;
                        else if (typeof object.speedBps === "object")
                            message.speedBps = new $util.LongBits(object.speedBps.low >>> 0, object.speedBps.high >>> 0).toNumber(true);
                return message;
            };

            InterfaceStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.rxBps = 0;
                    object.txBps = 0;
                    object.rxPps = 0;
                    object.txPps = 0;
                    object.rxErrorsPs = 0;
                    object.txErrorsPs = 0;
                    object.rxDropsPs = 0;
                    object.txDropsPs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.txBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.txBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.speedBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.speedBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.rxBps != null && $Object.hasOwnProperty.call(message, "rxBps"))
                    object.rxBps = options.json && !$isFinite(message.rxBps) ? $String(message.rxBps) : message.rxBps;
                if (message.txBps != null && $Object.hasOwnProperty.call(message, "txBps"))
                    object.txBps = options.json && !$isFinite(message.txBps) ? $String(message.txBps) : message.txBps;
                if (message.rxPps != null && $Object.hasOwnProperty.call(message, "rxPps"))
                    object.rxPps = options.json && !$isFinite(message.rxPps) ? $String(message.rxPps) : message.rxPps;
                if (message.txPps != null && $Object.hasOwnProperty.call(message, "txPps"))
                    object.txPps = options.json && !$isFinite(message.txPps) ? $String(message.txPps) : message.txPps;
                if (message.rxErrorsPs != null && $Object.hasOwnProperty.call(message, "rxErrorsPs"))
                    object.rxErrorsPs = options.json && !$isFinite(message.rxErrorsPs) ? $String(message.rxErrorsPs) : message.rxErrorsPs;
                if (message.txErrorsPs != null && $Object.hasOwnProperty.call(message, "txErrorsPs"))
                    object.txErrorsPs = options.json && !$isFinite(message.txErrorsPs) ? $String(message.txErrorsPs) : message.txErrorsPs;
                if (message.rxDropsPs != null && $Object.hasOwnProperty.call(message, "rxDropsPs"))
                    object.rxDropsPs = options.json && !$isFinite(message.rxDropsPs) ? $String(message.rxDropsPs) : message.rxDropsPs;
                if (message.txDropsPs != null && $Object.hasOwnProperty.call(message, "txDropsPs"))
                    object.txDropsPs = options.json && !$isFinite(message.txDropsPs) ? $String(message.txDropsPs) : message.txDropsPs;
                if (message.rxBytes != null && $Object.hasOwnProperty.call(message, "rxBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rxBytes = typeof message.rxBytes === "number" ? $BigInt(message.rxBytes) : $util.Long.fromBits(message.rxBytes.low >>> 0, message.rxBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.rxBytes === "number")
                        object.rxBytes = options.longs === $String ? $String(message.rxBytes) : message.rxBytes;
                    else
                        object.rxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.rxBytes) : options.longs === $Number ? new $util.LongBits(message.rxBytes.low >>> 0, message.rxBytes.high >>> 0).toNumber(true) : message.rxBytes;
                if (message.txBytes != null && $Object.hasOwnProperty.call(message, "txBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.txBytes = typeof message.txBytes === "number" ? $BigInt(message.txBytes) : $util.Long.fromBits(message.txBytes.low >>> 0, message.txBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.txBytes === "number")
                        object.txBytes = options.longs === $String ? $String(message.txBytes) : message.txBytes;
                    else
                        object.txBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.txBytes) : options.longs === $Number ? new $util.LongBits(message.txBytes.low >>> 0, message.txBytes.high >>> 0).toNumber(true) : message.txBytes;
                if (message.speedBps != null && $Object.hasOwnProperty.call(message, "speedBps"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.speedBps = typeof message.speedBps === "number" ? $BigInt(message.speedBps) : $util.Long.fromBits(message.speedBps.low >>> 0, message.speedBps.high >>> 0, true).toBigInt();
                    else if (typeof message.speedBps === "number")
                        object.speedBps = options.longs === $String ? $String(message.speedBps) : message.speedBps;
                    else
                        object.speedBps = options.longs === $String ? $util.Long.prototype.toString.call(message.speedBps) : options.longs === $Number ? new $util.LongBits(message.speedBps.low >>> 0, message.speedBps.high >>> 0).toNumber(true) : message.speedBps;
                return object;
            };

            InterfaceStatus.prototype.toJSON = function() {
                return InterfaceStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            InterfaceStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.InterfaceStatus";
            };

            return InterfaceStatus;
        })();

        v1.DiskStatus = (function() {

            const DiskStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DiskStatus.prototype.name = "";
            DiskStatus.prototype.readBps = 0;
            DiskStatus.prototype.writeBps = 0;
            DiskStatus.prototype.readIops = 0;
            DiskStatus.prototype.writeIops = 0;
            DiskStatus.prototype.busy = 0;

            DiskStatus.create = function(properties) {
                return new DiskStatus(properties);
            };

            DiskStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.readBps != null && $Object.hasOwnProperty.call(message, "readBps") && !$Object.is(message.readBps, 0))
                    writer.uint32(17).double(message.readBps);
                if (message.writeBps != null && $Object.hasOwnProperty.call(message, "writeBps") && !$Object.is(message.writeBps, 0))
                    writer.uint32(25).double(message.writeBps);
                if (message.readIops != null && $Object.hasOwnProperty.call(message, "readIops") && !$Object.is(message.readIops, 0))
                    writer.uint32(33).double(message.readIops);
                if (message.writeIops != null && $Object.hasOwnProperty.call(message, "writeIops") && !$Object.is(message.writeIops, 0))
                    writer.uint32(41).double(message.writeIops);
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy") && !$Object.is(message.busy, 0))
                    writer.uint32(49).double(message.busy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DiskStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DiskStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.DiskStatus();
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
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.readBps = value;
                            else
                                delete message.readBps;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.writeBps = value;
                            else
                                delete message.writeBps;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.readIops = value;
                            else
                                delete message.readIops;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.writeIops = value;
                            else
                                delete message.writeIops;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.busy = value;
                            else
                                delete message.busy;
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

            DiskStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DiskStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.readBps != null && $Object.hasOwnProperty.call(message, "readBps"))
                    if (typeof message.readBps !== "number")
                        return "readBps: number expected";
                if (message.writeBps != null && $Object.hasOwnProperty.call(message, "writeBps"))
                    if (typeof message.writeBps !== "number")
                        return "writeBps: number expected";
                if (message.readIops != null && $Object.hasOwnProperty.call(message, "readIops"))
                    if (typeof message.readIops !== "number")
                        return "readIops: number expected";
                if (message.writeIops != null && $Object.hasOwnProperty.call(message, "writeIops"))
                    if (typeof message.writeIops !== "number")
                        return "writeIops: number expected";
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    if (typeof message.busy !== "number")
                        return "busy: number expected";
                return null;
            };

            DiskStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.DiskStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.DiskStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.DiskStatus();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.readBps != null)
                    if (!$Object.is($Number(object.readBps), 0))
                        message.readBps = $Number(object.readBps);
                if (object.writeBps != null)
                    if (!$Object.is($Number(object.writeBps), 0))
                        message.writeBps = $Number(object.writeBps);
                if (object.readIops != null)
                    if (!$Object.is($Number(object.readIops), 0))
                        message.readIops = $Number(object.readIops);
                if (object.writeIops != null)
                    if (!$Object.is($Number(object.writeIops), 0))
                        message.writeIops = $Number(object.writeIops);
                if (object.busy != null)
                    if (!$Object.is($Number(object.busy), 0))
                        message.busy = $Number(object.busy);
                return message;
            };

            DiskStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.readBps = 0;
                    object.writeBps = 0;
                    object.readIops = 0;
                    object.writeIops = 0;
                    object.busy = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.readBps != null && $Object.hasOwnProperty.call(message, "readBps"))
                    object.readBps = options.json && !$isFinite(message.readBps) ? $String(message.readBps) : message.readBps;
                if (message.writeBps != null && $Object.hasOwnProperty.call(message, "writeBps"))
                    object.writeBps = options.json && !$isFinite(message.writeBps) ? $String(message.writeBps) : message.writeBps;
                if (message.readIops != null && $Object.hasOwnProperty.call(message, "readIops"))
                    object.readIops = options.json && !$isFinite(message.readIops) ? $String(message.readIops) : message.readIops;
                if (message.writeIops != null && $Object.hasOwnProperty.call(message, "writeIops"))
                    object.writeIops = options.json && !$isFinite(message.writeIops) ? $String(message.writeIops) : message.writeIops;
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    object.busy = options.json && !$isFinite(message.busy) ? $String(message.busy) : message.busy;
                return object;
            };

            DiskStatus.prototype.toJSON = function() {
                return DiskStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            DiskStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.DiskStatus";
            };

            return DiskStatus;
        })();

        v1.FileSystemStatus = (function() {

            const FileSystemStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FileSystemStatus.prototype.mount = "";
            FileSystemStatus.prototype.type = "";
            FileSystemStatus.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FileSystemStatus.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FileSystemStatus.prototype.availableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FileSystemStatus.create = function(properties) {
                return new FileSystemStatus(properties);
            };

            FileSystemStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mount != null && $Object.hasOwnProperty.call(message, "mount") && message.mount !== "")
                    writer.uint32(10).string(message.mount);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(18).string(message.type);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(24).uint64(message.sizeBytes);
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes") && (typeof message.usedBytes === "object" ? message.usedBytes.low || message.usedBytes.high : message.usedBytes !== 0))
                    writer.uint32(32).uint64(message.usedBytes);
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes") && (typeof message.availableBytes === "object" ? message.availableBytes.low || message.availableBytes.high : message.availableBytes !== 0))
                    writer.uint32(40).uint64(message.availableBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FileSystemStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            FileSystemStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.lama.v1.FileSystemStatus();
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
                            if ((value = reader.stringVerify()).length)
                                message.mount = value;
                            else
                                delete message.mount;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usedBytes = value;
                            else
                                delete message.usedBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.availableBytes = value;
                            else
                                delete message.availableBytes;
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

            FileSystemStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            FileSystemStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                    if (!$util.isString(message.mount))
                        return "mount: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                    if (!$util.isInteger(message.usedBytes) && !(message.usedBytes && $util.isInteger(message.usedBytes.low) && $util.isInteger(message.usedBytes.high)))
                        return "usedBytes: integer|Long expected";
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (!$util.isInteger(message.availableBytes) && !(message.availableBytes && $util.isInteger(message.availableBytes.low) && $util.isInteger(message.availableBytes.high)))
                        return "availableBytes: integer|Long expected";
                return null;
            };

            FileSystemStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.lama.v1.FileSystemStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".lama.v1.FileSystemStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.lama.v1.FileSystemStatus();
                if (object.mount != null)
                    if (typeof object.mount !== "string" || object.mount.length)
                        message.mount = $String(object.mount);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.usedBytes != null)
                    if (typeof object.usedBytes === "object" ? object.usedBytes.low || object.usedBytes.high : $Number(object.usedBytes) !== 0)
                        if ($util.Long)
                            message.usedBytes = $util.Long.fromValue(object.usedBytes, true);
                        else if (typeof object.usedBytes === "string")
                            message.usedBytes = $parseInt(object.usedBytes, 10);
                        else if (typeof object.usedBytes === "number")
                            message.usedBytes = object.usedBytes;
                        else if (typeof object.usedBytes === "object")
                            message.usedBytes = new $util.LongBits(object.usedBytes.low >>> 0, object.usedBytes.high >>> 0).toNumber(true);
                if (object.availableBytes != null)
                    if (typeof object.availableBytes === "object" ? object.availableBytes.low || object.availableBytes.high : $Number(object.availableBytes) !== 0)
                        if ($util.Long)
                            message.availableBytes = $util.Long.fromValue(object.availableBytes, true);
                        else if (typeof object.availableBytes === "string")
                            message.availableBytes = $parseInt(object.availableBytes, 10);
                        else if (typeof object.availableBytes === "number")
                            message.availableBytes = object.availableBytes;
                        else if (typeof object.availableBytes === "object")
                            message.availableBytes = new $util.LongBits(object.availableBytes.low >>> 0, object.availableBytes.high >>> 0).toNumber(true);
                return message;
            };

            FileSystemStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.mount = "";
                    object.type = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.usedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.availableBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.availableBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                    object.mount = message.mount;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usedBytes = typeof message.usedBytes === "number" ? $BigInt(message.usedBytes) : $util.Long.fromBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.usedBytes === "number")
                        object.usedBytes = options.longs === $String ? $String(message.usedBytes) : message.usedBytes;
                    else
                        object.usedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.usedBytes) : options.longs === $Number ? new $util.LongBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0).toNumber(true) : message.usedBytes;
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.availableBytes = typeof message.availableBytes === "number" ? $BigInt(message.availableBytes) : $util.Long.fromBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.availableBytes === "number")
                        object.availableBytes = options.longs === $String ? $String(message.availableBytes) : message.availableBytes;
                    else
                        object.availableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.availableBytes) : options.longs === $Number ? new $util.LongBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0).toNumber(true) : message.availableBytes;
                return object;
            };

            FileSystemStatus.prototype.toJSON = function() {
                return FileSystemStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            FileSystemStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/lama.v1.FileSystemStatus";
            };

            return FileSystemStatus;
        })();

        return v1;
    })();

    return lama;
})();

export {
  $root as default
};
