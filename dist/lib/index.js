import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2387:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Scalar = __nccwpck_require__(9271);
var YAMLMap = __nccwpck_require__(2448);
var YAMLSeq = __nccwpck_require__(5125);
var resolveBlockMap = __nccwpck_require__(1653);
var resolveBlockSeq = __nccwpck_require__(2624);
var resolveFlowCollection = __nccwpck_require__(692);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 2873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(5755);
var composeNode = __nccwpck_require__(3755);
var resolveEnd = __nccwpck_require__(1462);
var resolveProps = __nccwpck_require__(8017);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 3755:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(9671);
var identity = __nccwpck_require__(2617);
var composeCollection = __nccwpck_require__(2387);
var composeScalar = __nccwpck_require__(4995);
var resolveEnd = __nccwpck_require__(1462);
var utilEmptyScalarPosition = __nccwpck_require__(9933);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 4995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Scalar = __nccwpck_require__(9271);
var resolveBlockScalar = __nccwpck_require__(599);
var resolveFlowScalar = __nccwpck_require__(7120);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 2750:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(8144);
var Document = __nccwpck_require__(5755);
var errors = __nccwpck_require__(2130);
var identity = __nccwpck_require__(2617);
var composeDoc = __nccwpck_require__(2873);
var resolveEnd = __nccwpck_require__(1462);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 1653:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(2815);
var YAMLMap = __nccwpck_require__(2448);
var resolveProps = __nccwpck_require__(8017);
var utilContainsNewline = __nccwpck_require__(6761);
var utilFlowIndentCheck = __nccwpck_require__(4437);
var utilMapIncludes = __nccwpck_require__(3485);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 2624:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(5125);
var resolveProps = __nccwpck_require__(8017);
var utilFlowIndentCheck = __nccwpck_require__(4437);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 1462:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 692:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Pair = __nccwpck_require__(2815);
var YAMLMap = __nccwpck_require__(2448);
var YAMLSeq = __nccwpck_require__(5125);
var resolveEnd = __nccwpck_require__(1462);
var resolveProps = __nccwpck_require__(8017);
var utilContainsNewline = __nccwpck_require__(6761);
var utilMapIncludes = __nccwpck_require__(3485);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 7120:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);
var resolveEnd = __nccwpck_require__(1462);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 8017:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4437:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(6761);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 3485:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 5755:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(9671);
var Collection = __nccwpck_require__(6039);
var identity = __nccwpck_require__(2617);
var Pair = __nccwpck_require__(2815);
var toJS = __nccwpck_require__(3709);
var Schema = __nccwpck_require__(4902);
var stringifyDocument = __nccwpck_require__(5719);
var anchors = __nccwpck_require__(5702);
var applyReviver = __nccwpck_require__(2703);
var createNode = __nccwpck_require__(9462);
var directives = __nccwpck_require__(8144);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 5702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var visit = __nccwpck_require__(7182);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 2703:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 9462:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(9671);
var identity = __nccwpck_require__(2617);
var Scalar = __nccwpck_require__(9271);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 8144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var visit = __nccwpck_require__(7182);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 2130:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 3645:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(2750);
var Document = __nccwpck_require__(5755);
var Schema = __nccwpck_require__(4902);
var errors = __nccwpck_require__(2130);
var Alias = __nccwpck_require__(9671);
var identity = __nccwpck_require__(2617);
var Pair = __nccwpck_require__(2815);
var Scalar = __nccwpck_require__(9271);
var YAMLMap = __nccwpck_require__(2448);
var YAMLSeq = __nccwpck_require__(5125);
var cst = __nccwpck_require__(3427);
var lexer = __nccwpck_require__(795);
var lineCounter = __nccwpck_require__(9706);
var parser = __nccwpck_require__(7374);
var publicApi = __nccwpck_require__(6205);
var visit = __nccwpck_require__(7182);



__webpack_unused_export__ = composer.Composer;
exports.yo = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 9671:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5702);
var visit = __nccwpck_require__(7182);
var identity = __nccwpck_require__(2617);
var Node = __nccwpck_require__(4615);
var toJS = __nccwpck_require__(3709);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 6039:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(9462);
var identity = __nccwpck_require__(2617);
var Node = __nccwpck_require__(4615);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 4615:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(2703);
var identity = __nccwpck_require__(2617);
var toJS = __nccwpck_require__(3709);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 2815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(9462);
var stringifyPair = __nccwpck_require__(1174);
var addPairToJSMap = __nccwpck_require__(614);
var identity = __nccwpck_require__(2617);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 9271:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Node = __nccwpck_require__(4615);
var toJS = __nccwpck_require__(3709);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 2448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(8454);
var addPairToJSMap = __nccwpck_require__(614);
var Collection = __nccwpck_require__(6039);
var identity = __nccwpck_require__(2617);
var Pair = __nccwpck_require__(2815);
var Scalar = __nccwpck_require__(9271);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 5125:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(9462);
var stringifyCollection = __nccwpck_require__(8454);
var Collection = __nccwpck_require__(6039);
var identity = __nccwpck_require__(2617);
var Scalar = __nccwpck_require__(9271);
var toJS = __nccwpck_require__(3709);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 614:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(9923);
var merge = __nccwpck_require__(2610);
var stringify = __nccwpck_require__(9666);
var identity = __nccwpck_require__(2617);
var toJS = __nccwpck_require__(3709);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 3709:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 8564:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(599);
var resolveFlowScalar = __nccwpck_require__(7120);
var errors = __nccwpck_require__(2130);
var stringifyString = __nccwpck_require__(6179);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 7455:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 4257:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3427:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(8564);
var cstStringify = __nccwpck_require__(7455);
var cstVisit = __nccwpck_require__(4257);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 795:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3427);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 7374:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3427);
var lexer = __nccwpck_require__(795);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 6205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(2750);
var Document = __nccwpck_require__(5755);
var errors = __nccwpck_require__(2130);
var log = __nccwpck_require__(9923);
var identity = __nccwpck_require__(2617);
var lineCounter = __nccwpck_require__(9706);
var parser = __nccwpck_require__(7374);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 4902:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var map = __nccwpck_require__(8229);
var seq = __nccwpck_require__(2400);
var string = __nccwpck_require__(2374);
var tags = __nccwpck_require__(1656);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 8229:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var YAMLMap = __nccwpck_require__(2448);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 2400:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var YAMLSeq = __nccwpck_require__(5125);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 2374:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(6179);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 1477:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8251:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);
var stringifyNumber = __nccwpck_require__(2491);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 7052:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2491);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 4810:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8229);
var _null = __nccwpck_require__(7890);
var seq = __nccwpck_require__(2400);
var string = __nccwpck_require__(2374);
var bool = __nccwpck_require__(1477);
var float = __nccwpck_require__(8251);
var int = __nccwpck_require__(7052);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 7925:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);
var map = __nccwpck_require__(8229);
var seq = __nccwpck_require__(2400);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8229);
var _null = __nccwpck_require__(7890);
var seq = __nccwpck_require__(2400);
var string = __nccwpck_require__(2374);
var bool = __nccwpck_require__(1477);
var float = __nccwpck_require__(8251);
var int = __nccwpck_require__(7052);
var schema = __nccwpck_require__(4810);
var schema$1 = __nccwpck_require__(7925);
var binary = __nccwpck_require__(6817);
var merge = __nccwpck_require__(2610);
var omap = __nccwpck_require__(61);
var pairs = __nccwpck_require__(7815);
var schema$2 = __nccwpck_require__(7755);
var set = __nccwpck_require__(9138);
var timestamp = __nccwpck_require__(6282);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6817:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(9271);
var stringifyString = __nccwpck_require__(6179);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 3260:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 396:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);
var stringifyNumber = __nccwpck_require__(2491);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 5883:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2491);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 2610:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Scalar = __nccwpck_require__(9271);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 61:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var toJS = __nccwpck_require__(3709);
var YAMLMap = __nccwpck_require__(2448);
var YAMLSeq = __nccwpck_require__(5125);
var pairs = __nccwpck_require__(7815);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 7815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Pair = __nccwpck_require__(2815);
var Scalar = __nccwpck_require__(9271);
var YAMLSeq = __nccwpck_require__(5125);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 7755:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(8229);
var _null = __nccwpck_require__(7890);
var seq = __nccwpck_require__(2400);
var string = __nccwpck_require__(2374);
var binary = __nccwpck_require__(6817);
var bool = __nccwpck_require__(3260);
var float = __nccwpck_require__(396);
var int = __nccwpck_require__(5883);
var merge = __nccwpck_require__(2610);
var omap = __nccwpck_require__(61);
var pairs = __nccwpck_require__(7815);
var set = __nccwpck_require__(9138);
var timestamp = __nccwpck_require__(6282);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 9138:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Pair = __nccwpck_require__(2815);
var YAMLMap = __nccwpck_require__(2448);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6282:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(2491);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 7089:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 9666:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(5702);
var identity = __nccwpck_require__(2617);
var stringifyComment = __nccwpck_require__(6949);
var stringifyString = __nccwpck_require__(6179);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 8454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var stringify = __nccwpck_require__(9666);
var stringifyComment = __nccwpck_require__(6949);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 6949:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 5719:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var stringify = __nccwpck_require__(9666);
var stringifyComment = __nccwpck_require__(6949);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 2491:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 1174:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);
var Scalar = __nccwpck_require__(9271);
var stringify = __nccwpck_require__(9666);
var stringifyComment = __nccwpck_require__(6949);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 6179:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(9271);
var foldFlowLines = __nccwpck_require__(7089);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 7182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(2617);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a6: () => (/* reexport */ INPUT_SPECS),
  dz: () => (/* reexport */ InputError),
  bC: () => (/* reexport */ OUTPUT_SPECS),
  oh: () => (/* reexport */ Podman),
  wG: () => (/* reexport */ PreflightError),
  aC: () => (/* reexport */ RUNTIMES),
  st: () => (/* reexport */ RUNTIME_NAMES),
  eh: () => (/* reexport */ SIGNATURES),
  Qb: () => (/* reexport */ TRIGGERS),
  xv: () => (/* reexport */ VERSION),
  ns: () => (/* reexport */ analyze),
  Ps: () => (/* reexport */ consoleReporter),
  V7: () => (/* reexport */ defaultLogDir),
  I7: () => (/* reexport */ deployManifests),
  TL: () => (/* reexport */ parseInputs),
  Mz: () => (/* reexport */ preflight),
  o_: () => (/* reexport */ readLogs),
  ly: () => (/* reexport */ recordingReporter),
  aI: () => (/* reexport */ runPipeline),
  eH: () => (/* reexport */ summaryMarkdown),
  Bz: () => (/* reexport */ writeDeployManifests)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: external "node:fs/promises"
const external_node_fs_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/diagnosis/families.ts
const CRIU_FAILS = 'https://criu.org/When_C/R_fails';
/** The weight of a family: a subsystem is a weaker statement than a catalogued message. */
const FAMILY = 0.65;
/** `Error (<any dirs>/<name>.c:<line>)` for any of the given source files. */
function criuError(...files) {
    return new RegExp(String.raw `\bError \((?:[\w.-]+\/)*(?:${files.map((f) => f.replace(/\./g, '\\.')).join('|')})\.c:\d+\)`);
}
/** A CRIU error line whose message contains `words` (case-insensitive). */
function criuErrorSaying(words) {
    return new RegExp(String.raw `\bError \((?:[\w.-]+\/)*[\w-]+\.c:\d+\):.*(?:${words})`, 'i');
}
/** A CRIU error line that ends with one of the given strerror() texts. */
function criuErrorEndingWith(...errnos) {
    return new RegExp(String.raw `\bError \((?:[\w.-]+\/)*[\w-]+\.c:\d+\):.*:\s*(?:${errnos.join('|')})\s*$`);
}
const FAMILY_SIGNATURES = [
    {
        id: 'criu-cpu-state',
        category: 'cpu-features',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [criuError('cpu'), criuErrorSaying(String.raw `\bxsave\b|\bxstate\b|FPU registers|Core march mismatch`)],
        role: 'root-cause',
        cause: "CRIU failed on the CPU's register state (FPU/XSAVE layout or architecture): checkpoint and restore CPUs, or CPU and CRIU version, do not fit together.",
        remedy: 'Checkpoint and restore on the same CPU type (the same runner size), use a CRIU that knows this CPU (≥ 4.0), and restore with input `restore-flags: --cpu-cap=none` only if the JVM avoids the missing features (CRaC `-XX:CPUFeatures=generic`, OpenJ9 portable mode).',
        docs: 'https://criu.org/Cpuinfo',
        sample: "(00.002763) Error (compel/arch/x86/src/lib/infect.c:315): Can't set xstate for 52: Invalid argument",
        weight: FAMILY,
    },
    {
        id: 'criu-terminal',
        category: 'tty',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [criuError('tty'), /\bCan't open file \/?dev\/(?:tty|console|pts\/\d+)\b/],
        role: 'root-cause',
        cause: 'CRIU failed on a terminal (pty or controlling tty) the JVM holds; a process with a terminal restores only where the same terminal exists.',
        remedy: 'Run the JVM without a terminal: no `-t`/`--tty` on the checkpoint run (checkpoint-image runs it detached with stdin closed), and start it with its output going to a file or pipe.',
        docs: CRIU_FAILS,
        sample: '  1348: Error (criu/tty.c:625): tty: Unable to open dev/pts/ptmx with specified index 1',
        weight: FAMILY,
    },
    {
        id: 'criu-socket',
        category: 'open-socket',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [criuError('sk-inet', 'sk-tcp', 'sk-unix', 'sk-queue', 'sk-netlink', 'sk-packet')],
        role: 'root-cause',
        cause: 'CRIU failed on a socket the JVM holds open (a connection, a listener or a unix socket to the outside).',
        remedy: 'Close connections and listeners before the checkpoint (CRaC `Resource.beforeCheckpoint`, Spring `-Dspring.context.checkpoint=onRefresh`, Liberty `--at=beforeAppStart`), and do not contact databases or brokers during the checkpoint run.',
        docs: CRIU_FAILS,
        sample: "Error (sk-unix.c:1216): sk unix: Can't make usk listen: Invalid argument",
        weight: FAMILY,
    },
    {
        id: 'criu-mount',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [criuError('mount', 'mount-v2', 'filesystems', 'autofs')],
        role: 'root-cause',
        cause: "CRIU cannot handle one of the container's mounts (an unsupported file system, or a bind mount from outside it was not told about).",
        remedy: 'Keep special file systems (configfs, autofs, btrfs subvolumes) and host bind mounts out of the checkpointed container (no `VOLUME` for them in the Containerfile); the mount is named in the evidence line. A newer CRIU supports more file systems.',
        docs: CRIU_FAILS,
        sample: '(00.014823) Error (criu/mount.c:921): mnt: Mount 821 ./debugfs (master_id: 27 shared_id: 0) has unreachable sharing. Try --enable-external-masters.',
        weight: FAMILY,
    },
    {
        id: 'criu-kernel-interface',
        category: 'kernel-or-criu-unsupported',
        stages: ['setup', 'checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [
            criuError('kerndat', 'cr-check', 'proc_parse', 'vdso', 'uffd', 'timens', 'pidfd', 'bpfmap', 'tun', 'lsm'),
            criuErrorSaying(String.raw `Kernel doesn't support|not (?:currently )?supported|Unknown shit`),
        ],
        role: 'root-cause',
        cause: "CRIU met a kernel interface or resource it does not support (the kernel is too old or too new for this CRIU, or the process uses something CRIU cannot save, e.g. io_uring).",
        remedy: 'Use a CRIU release that supports this kernel (the runner images change kernels; a JDK image with a current CRIU), and keep unsupported resources (io_uring, BPF maps, perf events) out of the JVM at checkpoint time.',
        docs: 'https://criu.org/Check_the_kernel',
        sample: '(00.022893) Error (criu/lsm.c:37): err scanfing: Invalid argument',
        weight: FAMILY,
    },
    {
        id: 'criu-einval',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        // A kernel call CRIU makes answers EINVAL: this kernel rejects what the checkpoint (or CRIU) assumed.
        patterns: [criuErrorEndingWith('Invalid argument')],
        role: 'root-cause',
        cause: 'The kernel rejects a request CRIU makes (EINVAL): kernel and CRIU versions, or the checkpoint and restore kernels, do not fit together.',
        remedy: 'Checkpoint and restore on the same runner image (same kernel), with a CRIU release that supports that kernel; the evidence line names the subsystem.',
        docs: 'https://criu.org/Check_the_kernel',
        sample: '(00.001074) Error (cgroup.c:978): cg: Failed closing cpuset/system.slice/docker-404a13eab68e.scope/cpuset.cpus: Invalid argument',
        weight: 0.6,
    },
    {
        id: 'criu-file-restore',
        category: 'file-mismatch',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [
            new RegExp(criuError('files-reg', 'files', 'files-ext', 'fifo', 'memfd', 'shmem').source + String.raw `.*(?:on restore|Unable to open fd|Can't (?:open|link|create|reset|fixup|restore)|has bad|ghost)`, 'i'),
            /\bCan't (?:create|link|reset \S+ on) ghost\b/,
        ],
        role: 'root-cause',
        cause: 'A file the JVM had open at the checkpoint is missing or different where it is restored (deleted, rewritten, or left over from an earlier restore).',
        remedy: 'Keep every file the JVM holds open identical between checkpoint and restore: no log files or temp files written outside the image, no volume that differs at restore; close or reopen them around the checkpoint.',
        docs: CRIU_FAILS,
        sample: '"Ghost files" and read-only filesystems? "Can\'t create ghost regfile"',
        weight: FAMILY,
    },
    {
        id: 'criu-descriptor-dump',
        category: 'open-file',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [criuError('fsnotify', 'eventpoll', 'eventfd', 'signalfd', 'timerfd', 'files-ext'), /\bCan't dump file \d+ of that type\b/, /\bDump eventpoll \(pid: \d+\) failed/],
        role: 'root-cause',
        cause: 'The JVM holds a descriptor CRIU cannot save as it is (an inotify/fanotify watch, an epoll/eventfd/timerfd, or a file of an unsupported type).',
        remedy: 'Close the descriptor before the checkpoint (file watchers, native libraries); for CRaC, a `-Djdk.crac.resource-policies` file or `-Djdk.crac.collect-fd-stacktraces=true` shows who opened it.',
        docs: CRIU_FAILS,
        sample: '(01.396750) Error (criu/fsnotify.c:285): fsnotify: \tCan\'t dump that handle',
        weight: FAMILY,
    },
    {
        id: 'criu-ptrace-eperm',
        category: 'missing-capability',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/\bCan't (?:attach to|seize|interrupt the) \d+(?: task)?: Operation not permitted/, /\bSEIZE \d+: can't interrupt task: Operation not permitted/],
        role: 'root-cause',
        cause: 'CRIU may not ptrace the restored or dumped tasks (EPERM): SYS_PTRACE is missing, or Yama forbids ptrace.',
        remedy: 'Add SYS_PTRACE to the run (input `cap-add: SYS_PTRACE`; checkpoint-image adds it by default) and keep the Yama ptrace_scope of the runner (1) — a higher scope needs CAP_SYS_PTRACE.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/103',
        // criu/cr-restore.c:1736 pr_perror("Can't attach to %d") with EPERM; no public log shows it outside the held-out set
        sample: "Error (criu/cr-restore.c:1736): Can't attach to 1006: Operation not permitted",
        weight: 0.8,
    },
    {
        id: 'criu-capability',
        category: 'missing-capability',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/\bError \((?:[\w.-]+\/)*pie\/(?:restorer|parasite)\.c:\d+\):.*capabil/],
        role: 'root-cause',
        cause: 'CRIU reports a capability problem: the container has fewer capabilities than CRIU or the checkpointed process needs.',
        remedy: 'Give checkpoint and restore runs the same capabilities, at least CHECKPOINT_RESTORE and SYS_PTRACE (SETPCAP for OpenJ9/Liberty); check inputs `cap-add`/`privileged`.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/684',
        // criu/pie/restorer.c:317 pr_err("Unable to drop capability %d: %d"), instantiated
        sample: 'pie: 1006: Error (criu/pie/restorer.c:317): Unable to drop capability 38: -1',
        weight: FAMILY,
    },
    {
        id: 'criu-resource-limit',
        category: 'memory-or-resource',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [criuErrorEndingWith('Too many open files', 'No space left on device', 'Cannot allocate memory', 'Disk quota exceeded', 'File too large')],
        role: 'root-cause',
        cause: 'CRIU ran out of a resource (memory, open files, disk space or quota) while saving or restoring the JVM.',
        remedy: 'Give the run more room: memory, `ulimit -n` on the runner, free disk under the log and container-storage folders; a smaller heap (`-Xmx` in input `java-options`) makes the checkpoint smaller too.',
        docs: CRIU_FAILS,
        // criu/fdstore.c pr_perror("Unable to create a socket") with EMFILE, instantiated
        sample: 'Error (criu/fdstore.c:45): Unable to create a socket: Too many open files',
        weight: FAMILY,
    },
];

;// CONCATENATED MODULE: ./src/diagnosis/signatures.ts
/**
 * The catalogue of known checkpoint/restore failure signatures.
 *
 * Every pattern comes from a line posted in a real log (issue trackers, runtime docs, or measured on
 * the lab host in /work/shared/lab/FINDINGS.md); `sample` keeps one such line. Patterns are matched
 * against single lines, unanchored, so CRIU's `(00.012345)` timestamps and `pie: 1006:` prefixes
 * do not matter. Order matters only as a tie-break: when one line matches several signatures, a
 * root cause wins over a symptom, then the earlier entry wins (so specific entries come first).
 */

const AZUL_DEBUG = 'https://docs.azul.com/core/crac/crac-debugging';
const AZUL_ERRORS = 'https://docs.azul.com/core/crac/crac-errors';
const AZUL_FD = 'https://docs.azul.com/core/crac/fd-policies';
const CRAC_CPU = 'https://docs.azul.com/core/crac/cpu-features';
const signatures_CRIU_FAILS = 'https://criu.org/When_C/R_fails';
const OPENJ9 = 'https://eclipse.dev/openj9/docs/criusupport/';
const LIBERTY_LIMITS = 'https://openliberty.io/docs/latest/instanton-limitations.html';
const LIBERTY = 'https://openliberty.io/docs/latest/instanton.html';
/** The caps checkpoint-image grants, repeated in several remedies. */
const CAPS_HINT = 'checkpoint-image adds CHECKPOINT_RESTORE and SYS_PTRACE, plus SETPCAP for openj9 and liberty; check that inputs `cap-add`/`privileged` were not overridden';
const SIGNATURES = [
    // ── seccomp ────────────────────────────────────────────────────────────────────────────────
    {
        id: 'criu-seccomp-suspend',
        category: 'seccomp',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/suspending seccomp failed: Operation not permitted/],
        role: 'root-cause',
        cause: "The container's default seccomp profile stops CRIU from suspending the JVM's seccomp filter (PTRACE_O_SUSPEND_SECCOMP).",
        remedy: 'The checkpoint run needs `--security-opt seccomp=unconfined` (checkpoint-image sets it for every runtime; check that inputs `security-opt`/`privileged` were not overridden). Adding capabilities does not help.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2391',
        sample: 'Error (compel/src/lib/ptrace.c:27): suspending seccomp failed: Operation not permitted',
    },
    {
        id: 'seccomp-clone3-blocked',
        category: 'seccomp',
        stages: ['restore', 'checkpoint'],
        runtimes: 'all',
        patterns: [/Unexpected error from clone3: Operation not permitted/],
        role: 'root-cause',
        cause: 'The seccomp profile of the container blocks clone3, which CRIU uses to recreate processes with their old PIDs.',
        remedy: 'Run the restored image with `--security-opt seccomp=unconfined` or a seccomp profile that allows clone3 (Liberty ships criuRequiredSysCalls.json); for the checkpoint run, input `security-opt: seccomp=unconfined`.',
        docs: `${LIBERTY_LIMITS}#linux-calls`,
        sample: 'Error (criu/kerndat.c:1377): Unexpected error from clone3: Operation not permitted',
    },
    {
        id: 'seccomp-vmsplice-blocked',
        category: 'seccomp',
        stages: ['restore', 'checkpoint'],
        runtimes: 'all',
        patterns: [/Error splicing data: Operation not permitted/],
        role: 'root-cause',
        cause: "The container's seccomp profile blocks vmsplice, which CRIU uses to move pipe and memory data.",
        remedy: 'Run the restored image with `--security-opt seccomp=unconfined` or a seccomp profile that allows vmsplice; for the checkpoint run, input `security-opt: seccomp=unconfined`.',
        docs: `${LIBERTY_LIMITS}#linux-calls`,
        sample: 'Error (criu/pipes.c:184): 0x4c11a: Error splicing data: Operation not permitted',
    },
    // ── missing capabilities ───────────────────────────────────────────────────────────────────
    {
        id: 'criu-missing-checkpoint-restore-cap',
        category: 'missing-capability',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [
            /CRIU needs to have the CAP_SYS_ADMIN or the CAP_CHECKPOINT_RESTORE capability/,
            /Effective capability 40 missing/,
        ],
        role: 'root-cause',
        cause: 'CRIU runs without CAP_CHECKPOINT_RESTORE (or CAP_SYS_ADMIN) in this container.',
        remedy: `Grant CHECKPOINT_RESTORE to the container: ${CAPS_HINT}. Run the restored image with \`--cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE\`. CRaC's bundled criu also needs root ownership and the SUID bit.`,
        docs: AZUL_DEBUG,
        sample: 'CRIU needs to have the CAP_SYS_ADMIN or the CAP_CHECKPOINT_RESTORE capability: ',
    },
    {
        id: 'criu-restore-capabilities',
        category: 'missing-capability',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Unable to restore capabilities/],
        role: 'root-cause',
        cause: 'The restore container has fewer capabilities than the checkpointed process had, so CRIU cannot give them back; criu then hangs.',
        remedy: 'Run the restore with at least the capabilities of the checkpoint run (add the missing ones, e.g. SYS_PTRACE/SETPCAP, with input `cap-add`, or drop extra ones from the checkpoint run); input `checkpoint-timeout` bounds the hang.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/684',
        sample: 'pie: 1006: Error (criu/pie/restorer.c:347): Unable to restore capabilities: -1',
    },
    {
        id: 'criu-fork-eperm',
        category: 'missing-capability',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Can't fork for \d+: Operation not permitted/],
        role: 'root-cause',
        cause: 'CRIU may not create a process with the checkpointed PID: the restore container lacks CAP_CHECKPOINT_RESTORE.',
        remedy: `Run the restored image with \`--cap-add CHECKPOINT_RESTORE --cap-add SYS_PTRACE\`; ${CAPS_HINT}.`,
        docs: AZUL_DEBUG,
        sample: "Error (criu/cr-restore.c:1518): Can't fork for 8: Operation not permitted",
    },
    {
        id: 'criu-ptrace-denied',
        category: 'missing-capability',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/Unable to interrupt task: \d+ \(Operation not permitted\)/],
        role: 'root-cause',
        cause: 'CRIU may not ptrace-attach to the JVM: SYS_PTRACE is missing or an LSM (AppArmor/Yama) forbids ptrace.',
        remedy: 'Add SYS_PTRACE (input `cap-add: SYS_PTRACE`; checkpoint-image adds it by default) and, on AppArmor hosts, `security-opt: apparmor=unconfined`.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/103',
        sample: '(00.006390) Warn  (compel/src/lib/infect.c:133): Unable to interrupt task: 2082737 (Operation not permitted)',
    },
    {
        id: 'criu-swrk-exec-denied',
        category: 'missing-capability',
        stages: ['checkpoint'],
        runtimes: ['openj9', 'liberty'],
        patterns: [/Can't exec criu swrk: Operation not permitted/],
        role: 'root-cause',
        cause: "The JVM could not start CRIU (file capabilities on the image's criu binary exceed the container's capabilities).",
        remedy: `Grant CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP to the checkpoint run: ${CAPS_HINT}.`,
        docs: `${LIBERTY_LIMITS}#linux`,
        sample: "Can't exec criu swrk: Operation not permitted",
    },
    {
        id: 'liberty-restore-criu-denied',
        category: 'missing-capability',
        stages: ['restore'],
        runtimes: ['liberty'],
        patterns: [/\bcriu: Operation not permitted\s*$/],
        role: 'root-cause',
        cause: "Liberty's server script could not run criu: the restore container lacks the capabilities criu's file capabilities require.",
        remedy: 'Run the InstantOn image with `--cap-add CHECKPOINT_RESTORE --cap-add SETPCAP` (and `--security-opt seccomp=unconfined`); otherwise Liberty silently cold-starts.',
        docs: `${LIBERTY_LIMITS}#linux`,
        sample: '/opt/ol/wlp/bin/server: line 1430: /opt/criu/criu: Operation not permitted',
    },
    {
        id: 'criu-netns-without-unprivileged',
        category: 'missing-capability',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/Unable create a network namespace: Operation not permitted/],
        role: 'root-cause',
        cause: 'criu ran without `--unprivileged`, so its feature probe tries to create a network namespace, which needs SYS_ADMIN.',
        remedy: 'Run criu with `--unprivileged` (checkpoint-image passes it to dump and restore; make sure `restore-flags` or a custom image CMD did not drop it), or grant SYS_ADMIN with `cap-add`/`privileged: true`.',
        docs: 'https://criu.org/Docker',
        sample: 'Error (criu/net.c:4121): net: Unable create a network namespace: Operation not permitted',
    },
    {
        id: 'criu-veth-pair-denied',
        category: 'missing-capability',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Unable to create a veth pair/],
        role: 'root-cause',
        cause: 'CRIU tried to recreate a network namespace with a veth pair and was refused (NET_ADMIN missing).',
        remedy: 'Add NET_ADMIN to the restore (`cap-add: NET_ADMIN`), or checkpoint without a separate network namespace (keep the default container network for both runs).',
        docs: 'https://github.com/CRaC/docs/issues/25',
        sample: 'Error (criu/net.c:3744): Unable to create a veth pair: -1',
    },
    {
        id: 'engine-rootless-checkpoint',
        category: 'missing-capability',
        stages: ['setup', 'checkpoint', 'restore'],
        runtimes: 'all',
        // podman (cmd/podman/containers/checkpoint.go) and runc (checkpoint.go) refuse rootless containers.
        patterns: [/checkpointing a container requires root/, /cannot checkpoint a rootless container/, /restoring a container requires root/],
        role: 'root-cause',
        cause: 'The container engine runs rootless; checkpoint and restore need root (CRIU cannot restore as an unprivileged user).',
        remedy: 'Run podman as root: checkpoint-image calls it through `sudo -n` when the runner user is not root (GitHub runners have passwordless sudo); do not point it at a rootless podman socket.',
        docs: 'https://github.com/containers/podman/issues/2038',
        sample: 'checkpointing a container requires root',
    },
    {
        id: 'criu-unprivileged-task',
        category: 'missing-capability',
        stages: ['checkpoint'],
        runtimes: 'all',
        // criu/pie/parasite.c (older releases spell it "unpriviliged"), criu/cr-check.c
        patterns: [/can't dump unprivil\w+ task whose \/proc doesn't belong to it/, /Running as non-root requires '--unprivileged'/],
        role: 'root-cause',
        cause: 'CRIU runs without root privileges over the JVM (unprivileged mode, or a /proc it does not own) and may not dump it.',
        remedy: `Run CRIU as root inside the container with the checkpoint capabilities: ${CAPS_HINT}.`,
        docs: 'https://criu.org/User-mode',
        sample: "pie: 9203: Error (criu/pie/parasite.c:641): can't dump unprivileged task whose /proc doesn't belong to it",
    },
    {
        id: 'engine-unknown-capability',
        category: 'missing-capability',
        stages: ['setup', 'checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/[Uu]nknown capability(?: to add)?: "CAP_\w+"/, /capability not supported by your kernel or not available/],
        role: 'root-cause',
        cause: 'The container engine (or its runc) does not know a requested capability: CAP_CHECKPOINT_RESTORE needs Docker ≥ 20.10 with runc ≥ 1.0.0-rc93 and a kernel ≥ 5.9.',
        remedy: 'Upgrade Docker/runc (or use podman); on kernels < 5.9 grant SYS_ADMIN instead with `cap-add: SYS_ADMIN` or set `privileged: true`.',
        docs: 'https://github.com/moby/moby/issues/42601',
        sample: 'invalid CapAdd: unknown capability: "CAP_CHECKPOINT_RESTORE"',
    },
    // ── security policy (SELinux, Yama, AppArmor) ──────────────────────────────────────────────
    {
        id: 'selinux-netlink-denied',
        category: 'security-policy',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/Can't send request message: Permission denied/, /CWWKE0963E/],
        role: 'root-cause',
        cause: 'SELinux (virt_sandbox_use_netlink off) blocks the netlink sockets CRIU needs inside the container.',
        remedy: 'On the build host run `setsebool -P virt_sandbox_use_netlink 1`, or set input `security-opt: label=disable` (or `privileged: true`) for the checkpoint run.',
        docs: `${LIBERTY_LIMITS}#se`,
        sample: "Error (criu/libnetlink.c:84): Can't send request message: Permission denied",
    },
    {
        id: 'selinux-transport-socket-denied',
        category: 'security-policy',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/Unable to connect a transport socket: Permission denied/],
        role: 'root-cause',
        cause: "SELinux denies CRIU's parasite transport socket (CRIU built without SELinux support, or a confining label).",
        remedy: 'Use a CRIU built with libselinux (Fedora/RHEL packages), or set input `security-opt: label=disable` for the checkpoint run.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2392',
        sample: 'lib/infect.c:650: Unable to connect a transport socket: Permission denied',
    },
    {
        id: 'yama-ptrace-traceme-denied',
        category: 'security-policy',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/ptrace\(PTRACE_TRACEME\) failed: Operation not permitted/],
        role: 'root-cause',
        cause: "Yama's ptrace_scope (2 or 3) or a seccomp profile forbids ptrace in the container.",
        remedy: 'Set `kernel.yama.ptrace_scope` to 0 or 1 on the host; if Yama is fine, the seccomp profile blocks ptrace: `security-opt: seccomp=unconfined`.',
        docs: `${LIBERTY_LIMITS}#yama`,
        sample: 'Error (criu/arch/x86/kerndat.c:178): 32: ptrace(PTRACE_TRACEME) failed: Operation not permitted',
    },
    {
        id: 'apparmor-ptrace-denied',
        category: 'security-policy',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [
            /apparmor="DENIED" operation="ptrace"/,
            // What CRIU prints inside the container when an LSM refuses PTRACE_SEIZE: LSM hooks return
            // EACCES (compel/src/lib/infect.c compel_interrupt_task), capability checks and Yama EPERM.
            /Unable to interrupt task: \d+ \(Permission denied\)/,
            /SEIZE \d+: can't interrupt task: Permission denied/,
            /Can't attach to \d+: Permission denied/,
        ],
        role: 'root-cause',
        cause: "AppArmor refuses ptrace inside the container: the engine's default profile (podman's containers-default, docker-default) grants `ptrace (trace)` but not `tracedby`, so CRIU cannot attach to the JVM even with SYS_PTRACE.",
        remedy: 'Run the checkpoint and the restore with `--security-opt apparmor=unconfined` (input `security-opt: apparmor=unconfined`, or a profile that allows `ptrace (tracedby)`); Kubernetes: `securityContext.appArmorProfile: {type: Unconfined}`.',
        docs: 'https://github.com/containerd/containerd/issues/7695',
        sample: '(00.006390) Warn  (compel/src/lib/infect.c:131): Unable to interrupt task: 1006 (Permission denied)',
    },
    {
        id: 'selinux-avc-denied',
        category: 'security-policy',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        // The kernel audit format of an SELinux denial (type=AVC / "avc:  denied  { perm } for pid=...").
        patterns: [/\bavc:\s+denied\s+\{[^}]*\}/],
        role: 'root-cause',
        cause: 'SELinux denies CRIU or the JVM an operation it needs (the line names the permission and the labels; with permissive=1 it was only logged).',
        remedy: 'Run the checkpoint and restore with input `security-opt: label=disable` (or `privileged: true`), or install a container-selinux policy that allows CRIU (Fedora/RHEL ship one).',
        docs: 'https://github.com/checkpoint-restore/criu/pull/648',
        // checkpoint-restore/criu PR #648 (Podman on Fedora 29)
        sample: 'Mar 25 14:26:24 fedora29 audit[18156]: AVC avc:  denied  { write } for  pid=18156 comm="criu" path=002F637269752D666473746F72652D3564643864 scontext=system_u:system_r:container_t:s0:c596,c1015 tcontext=unconfined_u:system_r:container_runtime_t:s0 tclass=unix_dgram_socket permissive=1',
    },
    // ── open sockets ───────────────────────────────────────────────────────────────────────────
    {
        id: 'crac-open-socket',
        category: 'open-socket',
        stages: ['checkpoint'],
        runtimes: ['crac', 'openj9'],
        patterns: [/CheckpointOpenSocketException/],
        role: 'root-cause',
        cause: 'A socket (a client connection such as a DB pool, or a listening server socket) is still open when CRaC checkpoints.',
        remedy: 'Close it in an org.crac.Resource beforeCheckpoint (use a CRaC-aware framework: Spring Boot ≥ 3.2 stops its web server and pools; avoid opening DB connections during the training run), or add a `jdk.crac.resource-policies` entry (`type: socket`, `action: close`) passed with input `java-options: -Djdk.crac.resource-policies=...`. Make sure `ready-url`/`warmup-url` requests are finished.',
        docs: AZUL_ERRORS,
        sample: 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenSocketException: Socket[addr=host.docker.internal/192.168.65.254,port=5432,localport=55126]',
    },
    {
        id: 'crac-busy-selector',
        category: 'open-socket',
        stages: ['checkpoint'],
        runtimes: ['crac'],
        patterns: [/BusySelectorException/, /IllegalSelectorException/],
        role: 'root-cause',
        cause: 'A java.nio Selector still has channels registered at checkpoint (an event loop such as Netty, Jetty or a messaging client is running).',
        remedy: 'Stop the event loop / close its channels in an org.crac.Resource beforeCheckpoint (upgrade the framework or client to a CRaC-aware version), or close the sockets with a `jdk.crac.resource-policies` entry via input `java-options`.',
        docs: AZUL_ERRORS,
        sample: 'BusySelectorException: Selector sun.nio.ch.EPollSelectorImpl@... has registered keys from channels',
    },
    {
        id: 'criu-tcp-established',
        category: 'open-socket',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/Connected TCP socket, consider using --tcp-established/],
        role: 'root-cause',
        cause: 'An established TCP connection is open at dump time and CRIU was not told to dump it.',
        remedy: 'Close client connections before the checkpoint: judge readiness with input `ready-log` or make sure `ready-url`/`warmup-url` probes do not keep connections alive; only if the connection must survive, dump with `--tcp-established`.',
        docs: 'https://criu.org/TCP_connection',
        sample: 'Error (criu/sk-inet.c:200): inet: Connected TCP socket, consider using --tcp-established option.',
    },
    {
        id: 'criu-tcp-lock-failed',
        category: 'open-socket',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/Failed to lock TCP connection/],
        role: 'root-cause',
        cause: 'CRIU tried to freeze an established TCP connection with iptables and could not (no iptables in the image, or no NET_ADMIN).',
        remedy: 'Make sure no connection is open at checkpoint: use input `ready-log` instead of a keep-alive `ready-url` probe and let `warmup-url` requests finish before the checkpoint.',
        docs: 'https://criu.org/TCP_connection',
        sample: 'Error (criu/sk-tcp.c:81): tcp: Failed to lock TCP connection 451eb',
    },
    {
        id: 'criu-inet-socket-rebind',
        category: 'open-socket',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Can't (?:bind|connect) inet socket(?: back)?/],
        role: 'root-cause',
        cause: 'A socket from the checkpoint cannot be bound/connected again in the restore container (its address or port is not available there).',
        remedy: 'Checkpoint without open connections (see `ready-log`/`warmup-url`) so no established socket is in the image; do not dump with `--tcp-established` when the restore runs in a new container.',
        docs: 'https://criu.org/TCP_connection',
        sample: "Error (soccr/soccr.c:499): Can't bind inet socket back: Cannot assign requested address",
    },
    {
        id: 'criu-external-unix-socket',
        category: 'open-socket',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [
            /Can't dump half of (?:a )?stream unix connection/,
            /External socket is used\. Consider using --ext-unix-sk/,
            /External socket found in image/,
        ],
        role: 'root-cause',
        cause: 'The process has a UNIX socket connected to a peer outside the checkpointed process tree (an agent, D-Bus, docker.sock, syslog).',
        remedy: 'Close that connection before the checkpoint (disable the agent or socket-based logging in the checkpoint run); CRIU can only keep it with `--external unix[ino]`/`--ext-unix-sk` on both dump and restore.',
        docs: 'https://criu.org/External_UNIX_socket',
        sample: "Error (criu/sk-unix.c:725): sk unix: Can't dump half of stream unix connection.",
    },
    // ── open files ─────────────────────────────────────────────────────────────────────────────
    {
        id: 'crac-open-file',
        category: 'open-file',
        stages: ['checkpoint'],
        runtimes: ['crac', 'openj9'],
        patterns: [/CheckpointOpenFileException/, /File .+ was not closed by the application/],
        role: 'root-cause',
        cause: 'A file opened through the JDK (log file, JAR, agent, cache) is still open when CRaC checkpoints.',
        remedy: 'Close it in an org.crac.Resource beforeCheckpoint, or add a `jdk.crac.resource-policies` rule (`type: file`, `path: ...`, `action: close` or `reopen`) passed with input `java-options: -Djdk.crac.resource-policies=/path/policies.yaml`; find the opener with `-Djdk.crac.collect-fd-stacktraces=true`.',
        docs: AZUL_FD,
        sample: 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenFileException: FD fd=4 type=regular path=/var/lib/sss/mc/passwd',
    },
    {
        id: 'crac-open-native-resource',
        category: 'open-file',
        stages: ['checkpoint'],
        runtimes: ['crac'],
        patterns: [/CheckpointOpenResourceException/],
        role: 'root-cause',
        cause: 'A native file descriptor (epoll, eventfd, timerfd, e.g. from Netty/gRPC/Reactor native transports) is open at checkpoint.',
        remedy: 'Use a CRaC-aware version of the library or its NIO transport so it closes its native fds in beforeCheckpoint; policies in `jdk.crac.resource-policies` only cover JDK-opened descriptors.',
        docs: AZUL_ERRORS,
        sample: 'Suppressed: jdk.internal.crac.mirror.impl.CheckpointOpenResourceException: FD fd=28 type=unknown path=anon_inode:[eventpoll]',
    },
    {
        id: 'criu-ghost-file-limit',
        category: 'open-file',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/Can't dump ghost file .* increase limit/],
        role: 'root-cause',
        cause: 'The process keeps a deleted file open that is larger than CRIU\'s ghost-file limit (1 MiB by default).',
        remedy: 'Close or stop deleting that file before the checkpoint, or raise the limit: CRIU `--ghost-limit`, OpenJ9 `-Dopenj9.internal.criu.ghostFileLimit=<bytes>` via input `java-options`.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/202',
        sample: "Error (files-reg.c:702): Can't dump ghost file /tmp/tcFhOS3I of 16777216 size, increase limit",
    },
    // ── PID conflicts ──────────────────────────────────────────────────────────────────────────
    {
        id: 'criu-pid-in-use',
        category: 'pid-conflict',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Can't fork for \d+: File exists/],
        role: 'root-cause',
        cause: 'The PID the JVM had at checkpoint is already taken in the restore container.',
        remedy: 'Raise input `min-pid` so the app is checkpointed with a PID that nothing else uses at restore (CRaC: `-XX:CRaCMinPid`), and restore with `exec` so no wrapper processes take low PIDs.',
        docs: signatures_CRIU_FAILS,
        sample: "Error (criu/cr-restore.c:1506): Can't fork for 9: File exists",
    },
    {
        id: 'criu-pid-mismatch',
        category: 'pid-conflict',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Pid \d+ do not match expected \d+/, /Thread pid mismatch \d+\/\d+/],
        role: 'root-cause',
        cause: 'CRIU could not recreate a process or thread with its checkpointed PID (taken, or no clone3/ns_last_pid access).',
        remedy: 'Raise input `min-pid` (CRaC: `-XX:CRaCMinPid=128` or higher) and use a CRIU with clone3 support (≥ 3.15 on kernel ≥ 5.5) so /proc/sys need not be writable.',
        docs: signatures_CRIU_FAILS,
        sample: 'Pid 17 do not match expected 9',
    },
    {
        id: 'criu-shell-job-id-clash',
        category: 'pid-conflict',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Current (?:gid|sid) \d+ intersects with pid/],
        role: 'root-cause',
        cause: "With --shell-job the restoring shell's session or process-group id equals a PID stored in the image.",
        remedy: 'Raise input `min-pid` so the checkpointed PIDs are far from the PIDs of the restore-time shell/launcher, or make criu PID 1 of the restore container (`exec criu restore ...`).',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2851',
        sample: 'Error (criu/pstree.c:404): Current gid 8 intersects with pid (1) in images',
    },
    {
        id: 'criu-ns-last-pid-readonly',
        category: 'pid-conflict',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Can't fork for \d+: Read-only file system/],
        role: 'root-cause',
        cause: 'CRIU without clone3 set_tid tried to write /proc/sys/kernel/ns_last_pid, which is read-only in the container.',
        remedy: 'Use a CRIU/kernel with clone3 set_tid (CRIU ≥ 3.15, kernel ≥ 5.5), and raise input `min-pid` so the checkpointed PID is free at restore.',
        docs: signatures_CRIU_FAILS,
        sample: "Error (criu/cr-restore.c:1506): Can't fork for 9: Read-only file system",
    },
    // ── terminals ──────────────────────────────────────────────────────────────────────────────
    {
        id: 'criu-tty-params',
        category: 'tty',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/tty: Can't set tty params/],
        role: 'root-cause',
        cause: 'The JVM had a terminal as stdio at checkpoint and CRIU may not reconfigure a terminal in the restore container.',
        remedy: 'Do not give the checkpoint run a terminal (no `-t`); checkpoint-image redirects the app\'s stdio to files. Restore with `--shell-job` (set by default; keep it in `restore-flags`).',
        docs: 'https://github.com/eclipse-openj9/openj9/issues/14265',
        sample: "Error (criu/tty.c:843): tty: Can't set tty params on 0x17, trying to skip...: Operation not permitted",
    },
    {
        id: 'criu-tty-no-session',
        category: 'tty',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [
            /Don't have tty to inherit session from/,
            /tty: No task found with sid/,
            /tty: Failed to set group \d+ on \d+/,
        ],
        role: 'root-cause',
        cause: 'The image expects to inherit a controlling terminal/session that the restore does not have.',
        remedy: 'Checkpoint with stdio redirected away from a terminal (no `-t`) and restore with `--shell-job` (checkpoint-image does both; check `restore-flags`).',
        docs: 'https://github.com/checkpoint-restore/criu/issues/586',
        sample: "Error (criu/tty.c:1017): tty: Don't have tty to inherit session from, aborting",
    },
    // ── files that differ between checkpoint and restore ───────────────────────────────────────
    {
        id: 'criu-file-size-changed',
        category: 'file-mismatch',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/File .+ has bad size \d+ \(expect \d+\)/],
        role: 'root-cause',
        cause: 'A file the process had open changed size after the dump (a log file appended to, a JAR rebuilt).',
        remedy: 'Do not write to files that are part of the image after the checkpoint: send app logs to stdout or to a volume, and do not rebuild the JAR between checkpoint and restore.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/1258',
        sample: 'Error (criu/files-reg.c:2175): File app/java.log has bad size 43 (expect 41)',
    },
    {
        id: 'criu-file-mode-changed',
        category: 'file-mismatch',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/File .+ has bad mode \d+ \(expect \d+\)/],
        role: 'root-cause',
        cause: 'A file the process had open has different permission bits at restore.',
        remedy: 'Restore from the image checkpoint-image committed; do not chmod or replace files of the checkpointed app in later layers.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/650',
        sample: 'Error (criu/files-reg.c:1680): File home/user1/tcp-howto has bad mode 0100755 (expect 0100775)',
    },
    {
        id: 'jvm-hsperfdata-missing',
        category: 'file-mismatch',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Can't open file \/?tmp\/hsperfdata_\S+ on restore/],
        role: 'root-cause',
        cause: "The JVM's perf-data file /tmp/hsperfdata_<user>/<pid> was deleted after the dump (the JVM removes it on exit).",
        remedy: 'Add input `java-options: -XX:-UsePerfData` (checkpoint-image sets it for `runtime: criu`).',
        docs: 'https://github.com/checkpoint-restore/criu/issues/179',
        sample: "Error (criu/files-reg.c:2353): Can't open file tmp/hsperfdata_root/13967 on restore: No such file or directory",
    },
    {
        id: 'criu-file-missing',
        category: 'file-mismatch',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Can't open file .+ on restore: No such file or directory/],
        role: 'root-cause',
        cause: 'A file that was open at checkpoint does not exist in the restore container.',
        remedy: 'Keep the file inside the image (not on a volume or tmpfs that is empty at restore), or close it before the checkpoint.',
        docs: signatures_CRIU_FAILS,
        sample: "Error (criu/files-reg.c:2353): Can't open file tmp/crlab/java.log on restore: No such file or directory",
        weight: 0.85,
    },
    {
        id: 'criu-empty-image',
        category: 'file-mismatch',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/Unexpected EOF on \(empty-image\)/],
        role: 'root-cause',
        cause: 'The checkpoint directory holds no complete image: the image was committed after a failed or missing dump.',
        remedy: 'Read the checkpoint logs (dump.log / dump4.log) for the real failure; checkpoint-image only commits after `Dumping finished successfully`, so check `checkpoint-dir` points at the directory the dump wrote.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/1873',
        sample: 'Error (criu/protobuf.c:72): Unexpected EOF on (empty-image)',
    },
    // ── CPU features ───────────────────────────────────────────────────────────────────────────
    {
        id: 'crac-cpu-features',
        category: 'cpu-features',
        stages: ['restore'],
        runtimes: ['crac'],
        patterns: [/You have to specify -XX:CPUFeatures=/, /has incompatible CPU features/],
        role: 'root-cause',
        cause: 'The JVM was checkpointed using CPU features that the restore machine lacks.',
        remedy: 'Checkpoint with input `java-options: -XX:CPUFeatures=generic` (checkpoint-image\'s default for `runtime: crac`; check it was not overridden), or with the feature mask the error prints.',
        docs: CRAC_CPU,
        sample: 'You have to specify -XX:CPUFeatures=77ff9dddfbf7,3e6 together with -XX:CRaCCheckpointTo when making a checkpoint file; specified -XX:CRaCRestoreFrom file contains CPU features 77ff9dddfff7,3e6; missing features of this CPU are 400,0 = sse4a',
    },
    {
        id: 'criu-fpu-xsave-too-small',
        category: 'cpu-features',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/Can't set FPU registers for \d+: Bad address/, /max xsave frame exceed xsave_struct/],
        role: 'root-cause',
        cause: "The runner's CPU has AMX (Sapphire Rapids and newer): its XSAVE area is larger than CRIU ≤ 3.17 expects (including `3.17.1-crac` bundled in the CRaC JDKs), so the dump fails — only on the runners with such CPUs, which looks flaky.",
        remedy: 'Use a JDK build whose CRIU is ≥ 4.0 (or a CRaC JDK with the CRaC CRIU that has CRaC/criu PR #24), or run on runners without AMX; restoring elsewhere needs the same CPU type.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2835',
        sample: "Error (compel/arch/x86/src/lib/infect.c:413): Can't set FPU registers for 3120: Bad address",
    },
    {
        id: 'jvm-illegal-instruction',
        category: 'cpu-features',
        stages: ['restore'],
        runtimes: 'all',
        // OpenJ9's crash report ("Type=Illegal instruction"), HotSpot's hs_err ("SIGILL (0x4) at pc="), the shell's message.
        patterns: [/\bType=Illegal instruction\b/, /\bSIGILL \(0x4\) at pc=/, /\bIllegal instruction \(core dumped\)/],
        role: 'root-cause',
        cause: 'The restored JVM executed an instruction this CPU does not have: the checkpoint was taken on a CPU with more features (AVX-512, AMX, ...).',
        remedy: 'Restore on the CPU type the checkpoint was taken on, or make the checkpoint portable: CRaC `-XX:CPUFeatures=generic` at checkpoint (input `java-options`), OpenJ9/Liberty portable restore mode (the default; do not set -XX:+CRIURestoreNonPortableMode).',
        docs: CRAC_CPU,
        sample: '[2025-03-11T17:24:51.925Z] Type=Illegal instruction vmState=0x00000000',
    },
    {
        id: 'criu-fpu-unsupported',
        category: 'cpu-features',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/FPU feature required by image is not supported on host/],
        role: 'root-cause',
        cause: 'The image was dumped on a CPU with FPU/XSAVE features (AVX, AVX-512) the restore host does not have.',
        remedy: 'Restore with input `restore-flags: --cpu-cap=none` (Liberty does this; the JVM must then avoid the features, e.g. OpenJ9 portable mode or CRaC `-XX:CPUFeatures=generic`), or checkpoint on the oldest CPU type.',
        docs: 'https://criu.org/Cpuinfo',
        sample: 'Error (criu/arch/x86/cpu.c:247): cpu: FPU feature required by image is not supported on host',
    },
    {
        id: 'criu-cpu-caps-mismatch',
        category: 'cpu-features',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/CPU (?:instruction )?capabilit(?:i)?es do not match run time/],
        role: 'root-cause',
        cause: "CRIU's CPU compatibility check failed: the restore CPU lacks instructions the dumping CPU had.",
        remedy: 'Restore with input `restore-flags: --cpu-cap=none` (or `--cpu-cap=fpu`) when the JVM was checkpointed in a portable CPU mode, or checkpoint on the oldest CPU type.',
        docs: 'https://criu.org/Cpuinfo',
        sample: 'cpu: CPU instruction capabilities do not match run time',
    },
    // ── kernel, CRIU or engine too old / lacking a feature ─────────────────────────────────────
    {
        id: 'criu-seccomp-suspend-unsupported',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint'],
        runtimes: 'all',
        // compel/src/lib/ptrace.c: PTRACE_O_SUSPEND_SECCOMP answers EINVAL where the kernel lacks it
        // (criu/cr-check.c prints the second line); old CRIU could not dump seccomp filters at all.
        patterns: [/suspending seccomp failed: Invalid argument/i, /Kernel doesn't support PTRACE_O_SUSPEND_SECCOMP/, /SECCOMP_MODE_FILTER not currently supported/],
        role: 'root-cause',
        cause: 'The kernel (or the CRIU version) cannot suspend the seccomp filter of the JVM: PTRACE_O_SUSPEND_SECCOMP is missing (kernel < 4.3) or CRIU predates seccomp support.',
        remedy: 'Use a current kernel and CRIU (the GitHub runners have both); as a stopgap only, input `security-opt: seccomp=unconfined` leaves no filter to suspend.',
        docs: 'https://criu.org/Check_the_kernel',
        sample: 'Error (criu/cr-check.c:759): Kernel doesn\'t support PTRACE_O_SUSPEND_SECCOMP',
    },
    {
        id: 'criu-rseq-unsupported',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/has rseq but kernel lacks get_rseq_conf feature/],
        role: 'root-cause',
        cause: 'glibc ≥ 2.35 registers restartable sequences but the kernel (< 5.13) cannot report them to CRIU.',
        remedy: 'Use a kernel ≥ 5.13, or disable rseq in the app: input `env: GLIBC_TUNABLES=glibc.pthread.rseq=0` (and the same ENV in the image, for restore).',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2070',
        sample: 'Error (criu/cr-dump.c:203): 18 has rseq but kernel lacks get_rseq_conf feature',
    },
    {
        id: 'criu-vdso-too-old',
        category: 'kernel-or-criu-unsupported',
        stages: ['setup', 'checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/Unexpected rt vDSO area bounds/],
        role: 'root-cause',
        cause: "CRIU older than 4.1 does not understand the kernel's vvar_vclock mapping (Linux ≥ 6.13): every criu command fails.",
        remedy: 'Use CRIU ≥ 4.1 in the image (for CRaC, a JDK whose bundled criu includes CRaC/criu#25), or a runner kernel < 6.13.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2532',
        sample: 'Error (criu/vdso.c:381): vdso: Unexpected rt vDSO area bounds',
    },
    {
        id: 'criu-sockopt-passcred',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/Can't get 1:(?:16|34)(?:\(\d+\))? opt: Operation not supported/],
        role: 'root-cause',
        cause: 'CRIU older than 4.2 reads SO_PASSCRED/SO_PASSSEC on TCP sockets, which Linux ≥ 6.16 refuses.',
        remedy: 'Use CRIU ≥ 4.2 in the image, or a runner kernel < 6.16.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2705',
        sample: "Error (criu/sockets.c:628): sockets: Can't get 1:16 opt: Operation not supported",
    },
    {
        id: 'criu-dirty-tracking-off',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [
            /Dirty tracking is OFF\. Memory snapshot will not work/,
            /Tracking memory is not available/,
            /BUG at criu\/mem\.c:\d+/,
        ],
        role: 'root-cause',
        cause: 'The kernel lacks soft-dirty page tracking (CONFIG_MEM_SOFT_DIRTY), so pre-dump and --track-mem cannot work.',
        remedy: 'Do not use `criu pre-dump` or `--track-mem` on this host; a plain dump works.',
        docs: 'https://criu.org/Memory_changes_tracking',
        sample: 'Error (criu/config.c:1131): Tracking memory is not available. Consider omitting --track-mem option.',
    },
    {
        id: 'oci-runtime-no-checkpoint',
        category: 'kernel-or-criu-unsupported',
        stages: ['setup', 'checkpoint'],
        runtimes: 'all',
        patterns: [/configured runtime does not support checkpoint\/restore/i, /\bunknown command (?:checkpoint|restore)\b/],
        role: 'root-cause',
        cause: 'The OCI runtime (typically crun built without CRIU) cannot checkpoint containers.',
        remedy: 'Switch podman to runc (`--runtime runc` or `runtime = "runc"` in containers.conf); checkpoint-image\'s host preparation does this.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2317',
        sample: 'Error: configured runtime does not support checkpoint/restore',
    },
    {
        id: 'crun-cgroups-hybrid',
        category: 'kernel-or-criu-unsupported',
        stages: ['setup'],
        runtimes: 'all',
        patterns: [/cgroups in hybrid mode not supported/],
        role: 'root-cause',
        cause: 'crun refuses hosts with a hybrid cgroup v1/v2 layout.',
        remedy: 'Use runc as the OCI runtime (`runtime = "runc"` in containers.conf), as checkpoint-image\'s host preparation does.',
        docs: 'https://github.com/containers/crun/issues/1337',
        sample: 'Error: OCI runtime error: crun: cgroups in hybrid mode not supported, drop all controllers from cgroupv2',
    },
    {
        id: 'criu-not-installed',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint'],
        runtimes: ['openj9', 'liberty'],
        patterns: [/Can't exec criu swrk: No such file or directory/, /attempted to load libcriu\.so but was unable to/],
        role: 'root-cause',
        cause: 'The image has no CRIU: OpenJ9 CRIU support ships only with the Semeru UBI images.',
        remedy: 'Build from an image that bundles CRIU, e.g. `icr.io/appcafe/ibm-semeru-runtimes:open-21-jdk-ubi-minimal` or an Open Liberty `*-ubi-minimal` image, with input `runtime: openj9`/`liberty`.',
        docs: 'https://github.com/eclipse-openj9/openj9/issues/18229',
        sample: 'org.eclipse.openj9.criu.SystemCheckpointException: The JVM attempted to load libcriu.so but was unable to: 1',
    },
    {
        id: 'criu-binary-missing',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint', 'restore'],
        runtimes: ['criu', 'openj9'],
        patterns: [/(?:^|\s|:\s)criu: (?:\d+: )?(?:not found|command not found)/, /exec: "criu": executable file not found/, /criu: No such file or directory/],
        role: 'root-cause',
        cause: 'The image has no `criu` on its PATH, so nothing can dump or restore the process.',
        remedy: 'Install CRIU 4.2 or newer in the image (e.g. copy a `criu` binary to /usr/sbin/criu in the Containerfile), or use a runtime whose JDK bundles it: input `runtime: crac` with a CRaC JDK, or an OpenJ9 UBI image.',
        docs: 'https://criu.org/Installation',
        sample: 'sh: 1: criu: not found',
    },
    {
        id: 'openj9-criu-crac-conflict',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['openj9'],
        patterns: [/JVMJ9VM237E|-XX:\+EnableCRIUSupport and -XX:CRaCCheckpointTo=\[DIR\] are not compatible/],
        role: 'root-cause',
        cause: 'OpenJ9 refused to start: -XX:+EnableCRIUSupport (CRIUSupport API) and -XX:CRaCCheckpointTo (CRaC mode) exclude each other (eclipse-openj9/openj9 runtime/vm/jvminit.c).',
        remedy: 'For org.crac, name `-XX:CRaCCheckpointTo=<checkpoint-dir>` in input `java-options` and remove -XX:+EnableCRIUSupport from the image (its CMD, JAVA_TOOL_OPTIONS or OPENJ9_JAVA_OPTIONS): checkpoint-image then leaves it out. For the CRIUSupport API, drop -XX:CRaCCheckpointTo.',
        docs: 'https://eclipse.dev/openj9/docs/xxenablecriusupport/',
        sample: 'JVMJ9VM237E The command line options -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo=[DIR] are not compatible.',
    },
    {
        id: 'openj9-crac-not-enabled',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['openj9'],
        patterns: [/UnsupportedOperationException: CRaC support is not enabled/],
        role: 'root-cause',
        cause: 'The app called org.crac (jdk.crac.Core.checkpointRestore) on OpenJ9 without CRaC mode, which only -XX:CRaCCheckpointTo enables (eclipse-openj9/openj9 jcl/src/java.base/share/classes/jdk/crac/Core.java).',
        remedy: 'Name `-XX:CRaCCheckpointTo=<checkpoint-dir>` (default /opt/checkpoint) in input `java-options`: checkpoint-image then runs OpenJ9 in CRaC mode, without -XX:+EnableCRIUSupport.',
        docs: 'https://eclipse.dev/openj9/docs/criusupport/',
        sample: 'Exception in thread "main" java.lang.UnsupportedOperationException: CRaC support is not enabled',
    },
    {
        id: 'openj9-unprivileged-mode-unsupported',
        category: 'kernel-or-criu-unsupported',
        stages: ['checkpoint'],
        runtimes: ['openj9', 'liberty'],
        patterns: [/Cannot set CRIU unprivileged mode/],
        role: 'root-cause',
        cause: "The CRIU library in the image does not support unprivileged mode (or is missing), which OpenJ9's CRaC API requests.",
        remedy: 'Use a Semeru UBI image whose bundled CRIU supports `--unprivileged` (CRIU ≥ 3.17), with input `runtime: openj9`.',
        docs: 'https://github.com/eclipse-openj9/openj9/issues/19060',
        sample: 'openj9.internal.criu.SystemCheckpointException: Cannot set CRIU unprivileged mode, errno=-2',
    },
    {
        id: 'criu-kerndat-failed',
        category: 'kernel-or-criu-unsupported',
        stages: ['setup', 'checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/Could not initialize kernel features detection/],
        role: 'symptom',
        cause: "CRIU's kernel feature probe failed before it did anything; the error lines just above name the failing probe.",
        remedy: 'Read the `Error` lines before it in this log; frequent causes are a missing `--unprivileged`, missing capabilities, or a CRIU too old for the kernel.',
        docs: signatures_CRIU_FAILS,
        sample: 'Error (criu/crtools.c:280): Could not initialize kernel features detection.',
        weight: 0.7,
    },
    // ── memory and resources ───────────────────────────────────────────────────────────────────
    {
        id: 'criu-out-of-memory',
        category: 'memory-or-resource',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/Cannot allocate memory/, /mapping with 0xfffffffffffffff4/, /not enough memory for the allocation/],
        role: 'root-cause',
        cause: 'The kernel refused memory while CRIU mapped the process (container memory limit or overcommit).',
        remedy: 'Raise the memory limit of the restore container, or shrink the checkpointed heap with input `java-options` (e.g. `-Xmx256m -XX:+UseSerialGC`).',
        docs: 'https://github.com/checkpoint-restore/criu/issues/2364',
        sample: 'Error (cr-restore.c:333): Unable to map ANON_VMA: Cannot allocate memory',
        weight: 0.85,
    },
    {
        id: 'disk-full',
        category: 'memory-or-resource',
        stages: ['checkpoint', 'restore', 'setup'],
        runtimes: 'all',
        patterns: [/No space left on device/],
        role: 'root-cause',
        cause: 'The disk filled up while writing the checkpoint, logs or image layers.',
        remedy: 'Free runner disk space, shrink the heap before the checkpoint (`java-options: -Xmx...`), or point `checkpoint-dir` at a larger volume.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/217',
        sample: 'IOError: [Errno 28] No space left on device',
        weight: 0.85,
    },
    {
        id: 'oci-rlimit-denied',
        category: 'memory-or-resource',
        stages: ['setup'],
        runtimes: 'all',
        patterns: [/error setting rlimits?\b/, /setrlimit `?RLIMIT_\w+`?: Operation not permitted/],
        role: 'root-cause',
        cause: "The container runtime cannot raise the container's rlimits (the host lacks CAP_SYS_RESOURCE for podman's defaults).",
        remedy: 'Set `default_ulimits` (nofile/nproc within the host hard limits) in containers.conf or pass `--ulimit`; checkpoint-image\'s host preparation does this.',
        docs: 'https://github.com/containers/podman/blob/main/docs/source/markdown/options/ulimit.md',
        sample: 'Error: crun: setrlimit `RLIMIT_NOFILE`: Operation not permitted: OCI permission denied',
    },
    // ── JVM and frameworks ─────────────────────────────────────────────────────────────────────
    {
        id: 'liberty-unsupported-feature',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['liberty'],
        patterns: [/CWWKC0456E/],
        role: 'root-cause',
        cause: 'server.xml enables Liberty features that InstantOn cannot checkpoint.',
        remedy: 'Remove the listed features (or user/product extensions) from server.xml, or build this app without InstantOn.',
        docs: `${LIBERTY_LIMITS}#features`,
        sample: 'CWWKC0456E: A checkpoint cannot be taken because the following features configured in the server.xml file are not supported for checkpoint: [usr:exampleFeature-1.0]',
    },
    {
        id: 'liberty-transaction-before-checkpoint',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['liberty'],
        patterns: [/WTRN0154E/, /WTRN0155W/],
        role: 'root-cause',
        cause: 'Application startup code began a transaction before the checkpoint (e.g. a loadOnStartup servlet).',
        remedy: 'Remove the early transaction (drop `loadOnStartup`), or checkpoint at `beforeAppStart` instead of `afterAppStart`.',
        docs: `${LIBERTY_LIMITS}#trans-before`,
        sample: 'WTRN0154E: The server checkpoint request failed because the transaction service is unable to begin a transaction.',
    },
    {
        id: 'liberty-config-changed-after-checkpoint',
        category: 'jvm-or-framework',
        stages: ['restore'],
        runtimes: ['liberty'],
        patterns: [/CWWKC0651W/],
        role: 'root-cause',
        cause: 'The app read a MicroProfile Config value before the checkpoint; the restored app keeps the stale value.',
        remedy: 'Inject the value as `Provider<T>` (dynamic) or read it after restore, or checkpoint at `beforeAppStart`.',
        docs: `${LIBERTY_LIMITS}#mp-config`,
        sample: '[WARNING ] CWWKC0651W: The MicroProfile configuration value for the key example_config has changed since the checkpoint action completed on the server. If the value of the key changes after the checkpoint action, the application might not use the updated value.',
    },
    {
        id: 'openj9-not-checkpoint-safe',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['openj9', 'liberty'],
        patterns: [/@NotCheckpointSafe frames/],
        role: 'root-cause',
        cause: 'A thread kept running code marked @NotCheckpointSafe (e.g. holding a class-loading lock) and the checkpoint gave up.',
        remedy: 'Trigger the checkpoint when the app is idle (finish `warmup-url` requests first, wait for `ready-log`), or retry with a longer `checkpoint-timeout`.',
        docs: OPENJ9,
        sample: 'JVM attempted to checkpoint but was unable to due to code being executed in @NotCheckpointSafe frames',
    },
    {
        id: 'openj9-single-thread-blocking',
        category: 'jvm-or-framework',
        stages: ['checkpoint', 'restore'],
        runtimes: ['openj9', 'liberty'],
        patterns: [/Blocking operation is not allowed in CRIU single thread mode/],
        role: 'root-cause',
        cause: 'A checkpoint/restore hook blocked (lock, sleep, I/O wait) while OpenJ9 runs hooks in single-threaded mode.',
        remedy: 'Move blocking work out of the CRIU hooks (register it as a non-single-threaded hook or do it after restore).',
        docs: OPENJ9,
        sample: 'Blocking operation is not allowed in CRIU single thread mode',
    },
    {
        id: 'crac-native-checkpoint-failed',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['crac'],
        patterns: [/invalid info for restore provided/],
        role: 'symptom',
        cause: 'The native (CRIU) part of the CRaC checkpoint failed; the JVM carried on without an image.',
        remedy: 'Read dump4.log in `checkpoint-dir`; usually criu lacks root/SUID or capabilities (`cap-add: CHECKPOINT_RESTORE,SYS_PTRACE`) or seccomp blocks it (`security-opt: seccomp=unconfined`).',
        docs: AZUL_DEBUG,
        sample: 'JVM: invalid info for restore provided: queued code -1',
    },
    {
        id: 'crac-restore-failed',
        category: 'jvm-or-framework',
        stages: ['restore'],
        runtimes: ['crac'],
        patterns: [/\[crac\]\s*Failed to restore checkpoint/],
        role: 'symptom',
        cause: 'The CRaC JVM could not restore the image; the lines before it say why.',
        remedy: 'Read the `[error][crac]` lines above and restore-criu.log in `checkpoint-dir`.',
        docs: AZUL_DEBUG,
        sample: '[0.066s][error][crac] Failed to restore checkpoint',
        weight: 0.8,
    },
    {
        id: 'crac-checkpoint-exception',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['crac', 'openj9'],
        patterns: [/\bCheckpointException\b/],
        role: 'symptom',
        cause: 'The CRaC checkpoint was refused; the cause is in the `Suppressed:` lines that follow.',
        remedy: 'Look at the `Suppressed:` exceptions under it; add `-Djdk.crac.collect-fd-stacktraces=true` to input `java-options` to see who opened each resource.',
        docs: AZUL_ERRORS,
        sample: 'jdk.internal.crac.mirror.CheckpointException',
        weight: 0.6,
    },
    {
        id: 'spring-crac-refresh-failed',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['crac'],
        patterns: [/Failed to take CRaC checkpoint on refresh/],
        role: 'symptom',
        cause: "Spring's automatic checkpoint (-Dspring.context.checkpoint=onRefresh) failed; the CRaC exception below has the cause.",
        remedy: 'Read the `Suppressed:`/`Caused by:` lines below it.',
        docs: 'https://docs.spring.io/spring-framework/reference/integration/checkpoint-restore.html',
        sample: 'org.springframework.context.ApplicationContextException: Failed to take CRaC checkpoint on refresh',
        weight: 0.7,
    },
    // Before openj9-dump-failed: Liberty's CWWKC0453E line quotes OpenJ9's message, and the Liberty
    // entry points at the right log file.
    {
        id: 'liberty-checkpoint-failed',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['liberty'],
        patterns: [/CWWKC0453E/, /CWWKE0962E/],
        role: 'symptom',
        cause: "Liberty's checkpoint failed; the message and logs/checkpoint/checkpoint.log carry the CRIU error.",
        remedy: 'Read logs/checkpoint/checkpoint.log (collected in the log folder) for the CRIU `Error` line.',
        docs: LIBERTY,
        sample: '[ERROR   ] CWWKC0453E: The server checkpoint request failed with the following message: Could not dump the JVM processes, err=-70',
        weight: 0.8,
    },
    {
        id: 'openj9-dump-failed',
        category: 'jvm-or-framework',
        stages: ['checkpoint'],
        runtimes: ['openj9', 'liberty'],
        patterns: [/Could not dump the JVM process\w*, err=-?\d+/],
        role: 'symptom',
        cause: 'CRIU failed while OpenJ9 was checkpointing (err=-52: the dump failed; err=-70: criu could not be run).',
        remedy: 'Read the CRIU log (criu.log, or Liberty logs/checkpoint/checkpoint.log) for the `Error` line; check capabilities (`cap-add`) and seccomp (`security-opt`).',
        docs: OPENJ9,
        sample: 'SystemCheckpointException: Could not dump the JVM processes, err=-52',
        weight: 0.8,
    },
    {
        id: 'openj9-restore-exception',
        category: 'jvm-or-framework',
        stages: ['restore'],
        runtimes: ['openj9', 'liberty'],
        patterns: [/JVMRestoreException/],
        role: 'symptom',
        cause: 'OpenJ9 rejected the restore, typically because of options given only at restore (OPENJ9_RESTORE_JAVA_OPTIONS) that it does not support.',
        remedy: 'Remove the unsupported restore-time options, or add `-XX:+IgnoreUnrecognizedRestoreOptions`.',
        docs: 'https://eclipse.dev/openj9/docs/xxignoreunrecognizedrestoreoptions/',
        sample: 'org.eclipse.openj9.criu.JVMRestoreException',
        weight: 0.8,
    },
    {
        id: 'liberty-restore-failed',
        category: 'jvm-or-framework',
        stages: ['restore'],
        runtimes: ['liberty'],
        patterns: [/CWWKE0961I/, /CWWKE0957I/, /CWWKE0964E/],
        role: 'symptom',
        cause: 'Liberty could not restore the checkpoint and cold-started (or stopped, with recovery disabled).',
        remedy: 'Read /logs/checkpoint/restore.log; checkpoint-image\'s verify run sets CRIU_RESTORE_DISABLE_RECOVERY=true so a failed restore is not hidden by a cold start (the pushed image keeps Liberty\'s default, which cold-starts).',
        docs: `${LIBERTY_LIMITS}#linux`,
        sample: 'CWWKE0961I: Restoring the checkpoint server process failed. Check the /logs/checkpoint/restore.log log to determine why the checkpoint process was not restored. Launching the server without using the checkpoint image.',
        weight: 0.9,
    },
    // ── verify verdicts (written by checkpoint-image's verify step into verify/*/verdict.log) ──
    {
        id: 'silent-cold-start',
        category: 'jvm-or-framework',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/checkpoint-image verify: .*silent cold start/],
        role: 'root-cause',
        cause: 'The restore image answered, but none of its logs shows a restore: the app started cold, so the image is no faster than the original (Liberty falls back to a cold start when its restore fails; a CRaC or OpenJ9 JVM started without its restore options ignores the checkpoint).',
        remedy: 'Keep the restore command checkpoint-image committed (do not override CMD/ENTRYPOINT in a later layer or at `podman run`); for Liberty, set `CRIU_RESTORE_DISABLE_RECOVERY=true` when you run the image yourself to see a failed restore fail instead of cold-starting (checkpoint-image\'s verify run does); then read verify/restore-*/ for why the restore was skipped.',
        docs: 'https://criu.org/Docker',
        sample: 'checkpoint-image verify: The restore image answered, but none of its logs shows a restore (Restore finished successfully): it was a silent cold start.',
    },
    {
        id: 'restore-container-exited',
        category: 'other',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/checkpoint-image verify: .*the container exited \(code \d+\) before answering/],
        // the restore log usually names the real cause (PID in use, missing capability, CPU features)
        role: 'symptom',
        cause: 'The restore container stopped before it answered: the restore failed, or the restored app exited.',
        remedy: 'Read verify/restore-*/restore.log and container-output.log for the first error; the findings above it name the cause when it is a known one.',
        docs: 'https://criu.org/Docker',
        sample: 'checkpoint-image verify: The restore container did not answer: the container exited (code 1) before answering.',
        weight: 0.5,
    },
    // ── other ──────────────────────────────────────────────────────────────────────────────────
    {
        id: 'registry-unauthorized',
        category: 'other',
        stages: ['setup'],
        runtimes: 'all',
        patterns: [/unauthorized: authentication required/, /invalid username\/password/],
        role: 'root-cause',
        cause: 'The registry rejected the push or pull: not logged in, or wrong credentials.',
        remedy: 'Set inputs `username` and `password` (a token allowed to push to `image`), or log in before the action runs.',
        docs: 'https://docs.podman.io/en/latest/markdown/podman-login.1.html',
        sample: 'reading manifest restore in 127.0.0.1:5001/app: unauthorized: authentication required',
    },
    {
        id: 'registry-unreachable',
        category: 'other',
        stages: ['setup'],
        runtimes: 'all',
        patterns: [/pinging container registry [^:]+(?::\d+)?: Get "[^"]+": dial tcp [^:]+(?::\d+)?: connect: connection refused/, /pinging container registry .*(?:no such host|i\/o timeout)/],
        role: 'root-cause',
        cause: 'The registry did not answer: nothing listens at that address, or the name does not resolve.',
        remedy: 'Check input `registry` (host and port) and that the registry is running and reachable from the runner; checkpoint-image retried the push before giving up.',
        docs: 'https://docs.podman.io/en/latest/markdown/podman-push.1.html',
        sample: 'Error: trying to reuse blob sha256:e95c at destination: pinging container registry 127.0.0.1:40303: Get "http://127.0.0.1:40303/v2/": dial tcp 127.0.0.1:40303: connect: connection refused',
    },
    {
        id: 'registry-plain-http',
        category: 'other',
        stages: ['setup'],
        runtimes: 'all',
        patterns: [/server gave HTTP response to HTTPS client/],
        role: 'root-cause',
        cause: 'The registry speaks plain HTTP but the client expected HTTPS.',
        remedy: 'Use an HTTPS registry, or set input `tls-verify: false` for a plain-HTTP registry you trust (`insecure-registries` for Docker).',
        docs: 'https://docs.podman.io/en/latest/markdown/podman-push.1.html',
        sample: 'pinging container registry 127.0.0.1:5001: Get "https://127.0.0.1:5001/v2/": http: server gave HTTP response to HTTPS client',
    },
    {
        id: 'criu-dump-failed',
        category: 'other',
        stages: ['checkpoint'],
        runtimes: 'all',
        patterns: [/\bDumping FAILED\b/],
        role: 'symptom',
        cause: 'CRIU gave up the dump; the first `Error` lines above this one name the cause.',
        remedy: 'Read the `Error (...)` lines before it in the same log (the log folder has the full dump log).',
        docs: signatures_CRIU_FAILS,
        sample: 'Error (criu/cr-dump.c:1975): Dumping FAILED.',
        weight: 0.5,
    },
    {
        id: 'criu-restore-failed',
        category: 'other',
        stages: ['restore'],
        runtimes: 'all',
        patterns: [/\bRestoring FAILED\b/],
        role: 'symptom',
        cause: 'CRIU gave up the restore; the `Error` lines above this one name the cause.',
        remedy: 'Read the `Error (...)` lines before it in the same log (the log folder has the full restore log).',
        docs: signatures_CRIU_FAILS,
        sample: 'Error (criu/cr-restore.c:2331): Restoring FAILED.',
        weight: 0.5,
    },
    // ── benign: printed on success too ─────────────────────────────────────────────────────────
    {
        id: 'criu-rlimit-nofile-benign',
        category: 'other',
        stages: ['checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/rlimi[tr]: Can't setup RLIMIT_NOFILE for self/],
        role: 'symptom',
        cause: 'CRIU could not raise its own open-files limit (no CAP_SYS_RESOURCE); dumps and restores still succeed.',
        remedy: 'Nothing to do; this line is printed on success too.',
        docs: 'https://github.com/checkpoint-restore/criu/issues/537',
        sample: "Error (criu/util.c:1534): rlimit: Can't setup RLIMIT_NOFILE for self: Operation not permitted",
        benign: true,
    },
    {
        id: 'criu-kdat-cache-benign',
        category: 'other',
        stages: ['setup', 'checkpoint', 'restore'],
        runtimes: 'all',
        patterns: [/Can't keep kdat cache on non-tempfs/, /\$XDG_RUNTIME_DIR not set\. Cannot find location for kerndat file/],
        role: 'symptom',
        cause: 'CRIU cannot cache its kernel feature probe; it probes again next time.',
        remedy: 'Nothing to do; this line is printed on success too.',
        docs: signatures_CRIU_FAILS,
        sample: "Warn  (criu/kerndat.c:1285): Can't keep kdat cache on non-tempfs",
        benign: true,
    },
    // Families last: a catalogued message always outranks what a line's structure suggests.
    ...FAMILY_SIGNATURES,
];

;// CONCATENATED MODULE: ./src/diagnosis/structure.ts
/** glibc strerror() texts CRIU, podman and the JVMs print, with the category each weakly suggests. */
const ERRNOS = [
    { text: 'Operation not permitted', name: 'EPERM', hint: 'missing-capability' },
    { text: 'Permission denied', name: 'EACCES', hint: 'security-policy' },
    { text: 'No such file or directory', name: 'ENOENT', hint: 'file-mismatch' },
    { text: 'No such process', name: 'ESRCH', hint: null },
    { text: 'File exists', name: 'EEXIST', hint: null },
    { text: 'Cannot allocate memory', name: 'ENOMEM', hint: 'memory-or-resource' },
    { text: 'No space left on device', name: 'ENOSPC', hint: 'memory-or-resource' },
    { text: 'Too many open files', name: 'EMFILE', hint: 'memory-or-resource' },
    { text: 'Disk quota exceeded', name: 'EDQUOT', hint: 'memory-or-resource' },
    { text: 'Invalid argument', name: 'EINVAL', hint: 'kernel-or-criu-unsupported' },
    { text: 'Function not implemented', name: 'ENOSYS', hint: 'kernel-or-criu-unsupported' },
    { text: 'Operation not supported', name: 'EOPNOTSUPP', hint: 'kernel-or-criu-unsupported' },
    { text: 'Protocol not available', name: 'ENOPROTOOPT', hint: 'kernel-or-criu-unsupported' },
    { text: 'Read-only file system', name: 'EROFS', hint: null },
    { text: 'Device or resource busy', name: 'EBUSY', hint: null },
    { text: 'Resource temporarily unavailable', name: 'EAGAIN', hint: null },
    { text: 'Bad address', name: 'EFAULT', hint: null },
    { text: 'Bad file descriptor', name: 'EBADF', hint: null },
    { text: 'No such device or address', name: 'ENXIO', hint: null },
    { text: 'Inappropriate ioctl for device', name: 'ENOTTY', hint: 'tty' },
    { text: 'Address already in use', name: 'EADDRINUSE', hint: 'open-socket' },
    { text: 'Cannot assign requested address', name: 'EADDRNOTAVAIL', hint: 'open-socket' },
    { text: 'Connection refused', name: 'ECONNREFUSED', hint: null },
    { text: 'Interrupted system call', name: 'EINTR', hint: null },
    { text: 'Input/output error', name: 'EIO', hint: null },
];
const CRIU_ERROR = /\b(?:Error|Warn)\s*\(((?:[\w.-]+\/)*[\w-]+\.c):\d+\):\s*(.*)$/;
/** Splits a line into CRIU source file, errno and message (fields that are not there are null). */
function parseErrorLine(text) {
    const m = CRIU_ERROR.exec(text);
    const message = (m?.[2] ?? text).trim();
    let errno;
    for (const e of ERRNOS) {
        const re = new RegExp(String.raw `(?::\s*|\()${e.text.replace(/[/]/g, '\\/')}\)?\s*$`, 'i');
        if (re.test(message)) {
            errno = e;
            break;
        }
    }
    return { file: m?.[1] ?? null, errno: errno?.text ?? null, errnoName: errno?.name ?? null, message };
}
/** The weak hint an errno gives, or null. */
function errnoHint(errnoName) {
    return ERRNOS.find((e) => e.name === errnoName)?.hint ?? null;
}
/**
 * Lines that report a consequence of an earlier failure, never its cause: the final verdicts, the
 * cleanup after a failed seize, a child killed because its parent gave up, generic "X failed with -1"
 * wrappers of cr-dump.c, and the engines' wrappers around CRIU's exit status.
 */
const CONSEQUENCES = [
    /\b(?:Dumping|Restoring|Pre-dumping) FAILED\b/,
    /Unable to detach from \d+/,
    /\bkilled by signal \d+/,
    /\bexited, status=\d+/,
    /Killing processes because of failure on restore/,
    /\bfailed with -1\b/,
    /Can't infect \(pid: \d+\) with parasite/,
    /Can't (?:catch all tasks|dump threads|dump thread for pid|init thread in parasite)/,
    /Parasite exited with -1/,
    /Restorer (?:fail|abnormal termination)/,
    /Unable to open fd=\d+ id=/,
    /Can't interrupt the \d+ task: No such process/,
    /criu failed: type \w+ errno \d+/,
    /CRIU (?:checkpointing|restoring) failed -?\d+/,
    /did not terminate suc+essfully/,
    /\bexit status \d+\b/,
    /\bCan't wait or bad status\b/,
    /Error \((?:[\w.-]+\/)*util\.c:\d+\)/,
    /\bUnlock network\b/,
];
function isConsequence(text) {
    return CONSEQUENCES.some((re) => re.test(text));
}
/** Lines that only appear when a CRIU operation worked. */
const SUCCESS_MARKERS = [
    /Dumping finished successfully/,
    /Restore finished successfully/,
    /Pre-dumping finished successfully/,
    /CWWKC0452I/, // Liberty: resumed operation from a checkpoint
];

;// CONCATENATED MODULE: ./src/diagnosis/analyze.ts
/**
 * Turns checkpoint/restore logs into ranked findings: which known signature explains the failure,
 * what to change, and where in which log the evidence is.
 */





const MAX_TEXT = 300;
/** A report is read by a person: a handful of findings, causes first. */
const MAX_FINDINGS = 8;
const BASE_CONFIDENCE = { 'root-cause': 0.9, symptom: 0.5 };
/** An unrecognised failure is a pointer to a line, never a diagnosis; a guessed category adds a little. */
const UNRECOGNISED_CONFIDENCE = 0.2;
const GUESSED_CONFIDENCE = 0.3;
/** A family or errno match on a line that only reports a consequence ranks below any cause. */
const CONSEQUENCE_SCALE = 0.6;
/** Each further line of the same category (another file, another message) adds a little: weak signals add up. */
const AGREEMENT_BONUS = 0.05;
const AGREEMENT_MAX = 0.15;
/** A family never reaches a catalogued message, however many lines agree. */
const FAMILY_CAP = 0.85;
/** Signatures documented for another runtime or stage still count, but rank below the ones that fit. */
const RUNTIME_MISMATCH = 0.5;
const STAGE_MISMATCH = 0.7;
const ROLE_ORDER = { 'root-cause': 0, unrecognised: 1, symptom: 2 };
/** Lines that say "something failed" even when no signature explains them. */
const FAILURE_MARKERS = [
    /\bError \(/, // CRIU: `Error (criu/file.c:123): ...`
    /\bError:/, // podman/docker and older CRIU builds
    /\bFAILED\b/,
    /Exception\b/, // Java, incl. `CheckpointException`, `SystemCheckpointException`
    /\bERROR\b/, // Spring Boot / Liberty `[ERROR   ]`
    /\b[A-Z]{4,5}\d{4}E\b/, // Liberty message ids ending in E
    /\bBUG at\b/,
    /Operation not permitted|Permission denied/,
];
/** Java stack frames repeat the exception names of the line above; they are evidence of nothing new. */
const STACK_FRAME = /^(?:at\s|\.\.\. \d+ (?:common frames omitted|more))/;
function analyze(logs, options = {}) {
    const candidates = new Map();
    /** Every line a signature matched, for agreement between weak signals. */
    const matched = [];
    const unexplained = [];
    let failingLogMatched = false;
    logs.forEach((log, logIndex) => {
        const lines = unwrap(log.content.split(/\r?\n/));
        const succeeded = isSuccessful(lines);
        // In a log that worked once and then failed (a retried dump, a restore after a dump), the
        // failure is what follows the last success: earlier errors did not stop anything.
        const start = succeeded ? 0 : lastSuccessLine(lines) + 1;
        const stage = log.stage ?? options.stage;
        lines.forEach((raw, i) => {
            const text = raw.trim();
            if (!text || i < start)
                return;
            const signature = matchSignature(text);
            if (signature?.benign)
                return;
            const ref = { logIndex, path: log.path, line: i + 1, text: clip(text), stage };
            if (signature) {
                const c = { ...ref, signature, consequence: isFamily(signature) && isConsequence(text) };
                matched.push(c);
                // One finding per signature: the first line that shows it, unless that line is only a
                // consequence and a later one is not.
                const prev = candidates.get(signature.id);
                if (!prev || (prev.consequence && !c.consequence))
                    candidates.set(signature.id, c);
                if (!succeeded)
                    failingLogMatched = true;
            }
            else if (!succeeded && isFailureLine(text)) {
                unexplained.push(ref);
            }
        });
    });
    const ranked = [...candidates.values()].map((c) => ({ finding: toFinding(c, options, matched), logIndex: c.logIndex }));
    const failed = options.failed ?? (failingLogMatched || unexplained.length > 0);
    const hasRootCause = ranked.some((r) => r.finding.role === 'root-cause');
    // Point at an unexplained error line only when nothing known explains the failure: a guess next
    // to a real diagnosis would only distract.
    const consequences = matched.filter((m) => m.consequence);
    if (failed && !hasRootCause && (unexplained.length > 0 || ranked.length === 0 || consequences.length > 0)) {
        const ref = firstCause(unexplained) ?? consequences[0] ?? lastLine(logs, options);
        ranked.push({ finding: unrecognised(ref, options, [...unexplained, ...matched]), logIndex: ref.logIndex });
    }
    return ranked
        .sort(compareRanked)
        .slice(0, MAX_FINDINGS)
        .map((r) => r.finding);
}
/** Reads log files; the error names the file that could not be read. */
async function readLogs(paths) {
    return Promise.all(paths.map(async (path) => {
        let content;
        try {
            content = await (0,external_node_fs_promises_namespaceObject.readFile)(path, 'utf8');
        }
        catch (err) {
            throw new Error(`cannot read log file ${path}: ${err.message}`);
        }
        const stage = stageFromName(path);
        return stage ? { path, content, stage } : { path, content };
    }));
}
/** The best signature for one line: root causes beat symptoms, then catalogue order decides. */
function matchSignature(line) {
    let symptom;
    for (const signature of SIGNATURES) {
        if (!signature.patterns.some((re) => re.test(line)))
            continue;
        if (signature.benign || signature.role === 'root-cause')
            return signature;
        symptom ??= signature;
    }
    return symptom;
}
function isSuccessful(lines) {
    const succeeded = lines.some((l) => SUCCESS_MARKERS.some((re) => re.test(l)));
    return succeeded && !lines.some((l) => /\bFAILED\b/.test(l));
}
/**
 * Logs pasted into terminals and issue threads arrive wrapped: `... (-1/6): No spa` / `ce left on
 * device`. A line that cannot start a log line (no timestamp, pid or level, a lowercase fragment)
 * directly after a CRIU error line is joined onto it, and replaced by an empty line so that line
 * numbers stay those of the file.
 */
function unwrap(lines) {
    const out = [...lines];
    for (let i = 1; i < out.length; i++) {
        const prev = out[i - 1];
        const cur = out[i];
        // a wrap cuts a long line mid-word: the error line is long and ends in a letter, the rest is a short lowercase fragment
        if (/\bError \(/.test(prev) && prev.length >= 60 && /[A-Za-z]$/.test(prev) && /^[a-z][a-z ]*\S/.test(cur) && !/^[a-z]+:/.test(cur) && cur.length < 40) {
            out[i - 1] = prev + cur;
            out[i] = '';
        }
    }
    return out;
}
/** Index of the last success marker followed by a failure, or -1. */
function lastSuccessLine(lines) {
    for (let i = lines.length - 1; i >= 0; i--)
        if (SUCCESS_MARKERS.some((re) => re.test(lines[i])))
            return i;
    return -1;
}
const FAMILY_IDS = new Set(FAMILY_SIGNATURES.map((s) => s.id));
/** A signature that names a subsystem (a source file, an errno) rather than a message. */
function isFamily(s) {
    return FAMILY_IDS.has(s.id);
}
/** The first unexplained line that is a cause rather than a consequence, CRIU's own errors first. */
function firstCause(refs) {
    const causes = refs.filter((r) => !isConsequence(r.text));
    return causes.find((r) => parseErrorLine(r.text).file !== null) ?? causes[0] ?? refs[0];
}
function isFailureLine(text) {
    return !STACK_FRAME.test(text) && FAILURE_MARKERS.some((re) => re.test(text));
}
function toFinding(c, options, matched) {
    const s = c.signature;
    let confidence = BASE_CONFIDENCE[s.role] * (s.weight ?? 1);
    if (isFamily(s) && s.role === 'root-cause') {
        const others = new Set(matched.filter((m) => m.signature.category === s.category && m.signature.role === 'root-cause' && m !== c && !m.consequence).map((m) => m.text));
        confidence = Math.min(FAMILY_CAP, confidence + Math.min(AGREEMENT_MAX, AGREEMENT_BONUS * others.size));
        if (c.consequence)
            confidence *= CONSEQUENCE_SCALE;
    }
    // A subsystem named only by a line that reports a consequence is a symptom of that subsystem.
    const role = c.consequence ? 'symptom' : s.role;
    if (options.runtime && s.runtimes !== 'all' && !s.runtimes.includes(options.runtime))
        confidence *= RUNTIME_MISMATCH;
    if (c.stage && !s.stages.includes(c.stage))
        confidence *= STAGE_MISMATCH;
    const onlyStage = s.stages.length === 1 ? s.stages[0] : undefined;
    return {
        signature: s.id,
        category: s.category,
        stage: c.stage ?? onlyStage ?? null,
        role,
        confidence: round(confidence),
        cause: s.cause,
        remedy: s.remedy,
        docs: s.docs,
        file: c.path,
        line: c.line,
        text: c.text,
    };
}
function unrecognised(ref, options, evidence) {
    const parsed = parseErrorLine(ref.text);
    const stage = ref.stage ?? options.stage ?? null;
    const guess = guessCategory(ref, evidence);
    const where = parsed.file ? `CRIU's first error is in ${parsed.file}` : 'the first error line is';
    const errno = parsed.errnoName ? ` (${parsed.errnoName}: ${parsed.errno})` : '';
    const likely = guess ? ` Most likely ${guess} (low confidence, from ${guess === errnoHint(parsed.errnoName) ? `the errno ${parsed.errnoName}` : 'the other error lines'}).` : '';
    return {
        signature: null,
        category: guess ?? 'other',
        stage,
        role: 'unrecognised',
        confidence: guess ? GUESSED_CONFIDENCE : UNRECOGNISED_CONFIDENCE,
        cause: `Unrecognised failure${stage ? ` in ${stage}` : ''}: ${where}${errno}: "${clipWords(parsed.message, 160)}".${likely}`,
        remedy: `No known signature: read the lines around ${ref.path}:${ref.line}; the full logs are in the log folder.`,
        docs: null,
        file: ref.path,
        line: ref.line,
        text: ref.text,
    };
}
/**
 * Weak signals for an unrecognised failure: the errno of the first error line, then the symptoms and
 * errnos of the other lines; a category only when one of them says so.
 */
function guessCategory(ref, evidence) {
    const first = errnoHint(parseErrorLine(ref.text).errnoName);
    if (first)
        return first;
    const votes = new Map();
    // a subsystem family seen only on consequence lines still says where the failure was
    for (const e of evidence)
        if (e.signature && isFamily(e.signature) && e.signature.category !== 'other')
            votes.set(e.signature.category, (votes.get(e.signature.category) ?? 0) + 2);
    for (const e of evidence) {
        const hint = errnoHint(parseErrorLine(e.text).errnoName);
        if (hint && !isConsequence(e.text))
            votes.set(hint, (votes.get(hint) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    return best ? best[0] : null;
}
/** When a failure is reported but no log line says so, the last (non-benign) line is the best pointer left. */
function lastLine(logs, options) {
    for (let logIndex = logs.length - 1; logIndex >= 0; logIndex--) {
        const log = logs[logIndex];
        const lines = log.content.split(/\r?\n/);
        for (let i = lines.length - 1; i >= 0; i--) {
            const text = lines[i].trim();
            if (text && !matchSignature(text)?.benign)
                return { logIndex, path: log.path, line: i + 1, text: clip(text), stage: log.stage ?? options.stage };
        }
    }
    const path = logs[0]?.path ?? '';
    return { logIndex: 0, path, line: 0, text: '', stage: options.stage };
}
/** Root causes first, then confidence, then the earliest evidence (in the order the logs were given). */
function compareRanked(a, b) {
    return (ROLE_ORDER[a.finding.role] - ROLE_ORDER[b.finding.role] ||
        b.finding.confidence - a.finding.confidence ||
        a.logIndex - b.logIndex ||
        a.finding.line - b.finding.line);
}
function stageFromName(path) {
    const name = (0,external_node_path_namespaceObject.basename)(path).toLowerCase();
    if (name.includes('restore'))
        return 'restore';
    if (name.includes('dump') || name.includes('checkpoint'))
        return 'checkpoint';
    return undefined;
}
function clip(text) {
    return clipWords(text, MAX_TEXT);
}
/** Cuts at a word boundary with an ellipsis, so evidence never ends mid-word. */
function clipWords(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
function round(n) {
    return Math.round(n * 100) / 100;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/exec.ts
/**
 * Runs external commands as argument arrays (never through a shell), with a timeout, optional stdin
 * and captured output. @actions/exec has no timeout or kill, and a hung `criu restore` or
 * `podman run` must be stopped, so this is a thin layer over child_process.spawn.
 */

class CommandError extends Error {
    result;
    constructor(result) {
        const tail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-15).join('\n');
        // name the subcommand, not a global option (`podman --runtime runc rm ...` → `podman rm`)
        const verb = result.args.find((a, i) => !a.startsWith('-') && !(i > 0 && /^--[^=]+$/.test(result.args[i - 1]))) ?? '';
        super(`${result.command} ${verb} ${result.timedOut ? 'timed out' : `exited with code ${result.exitCode}`}` +
            (tail ? `\n${tail}` : ''));
        this.name = 'CommandError';
        this.result = result;
    }
}
const run = (command, args, options = {}) => new Promise((resolve, reject) => {
    const started = Date.now();
    const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
        env: options.env ?? process.env,
        cwd: options.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const pending = { stdout: '', stderr: '' };
    const collect = (stream) => (chunk) => {
        const text = chunk.toString('utf8');
        if (stream === 'stdout')
            stdout += text;
        else
            stderr += text;
        if (!options.onLine)
            return;
        const lines = (pending[stream] + text).split('\n');
        pending[stream] = lines.pop() ?? '';
        for (const line of lines)
            options.onLine(line, stream);
    };
    child.stdout.on('data', collect('stdout'));
    child.stderr.on('data', collect('stderr'));
    let killTimer;
    const kill = () => {
        child.kill('SIGTERM');
        killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
        killTimer.unref();
    };
    const timer = options.timeoutMs
        ? setTimeout(() => {
            timedOut = true;
            kill();
        }, options.timeoutMs)
        : undefined;
    const onAbort = () => kill();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (err) => {
        if (timer)
            clearTimeout(timer);
        const e = err;
        reject(e.code === 'ENOENT'
            ? new Error(`${command} is not installed or not on PATH (spawn ${command}: ENOENT)`)
            : err);
    });
    child.on('close', (code, sig) => {
        if (timer)
            clearTimeout(timer);
        if (killTimer)
            clearTimeout(killTimer);
        options.signal?.removeEventListener('abort', onAbort);
        for (const stream of ['stdout', 'stderr']) {
            if (pending[stream] && options.onLine)
                options.onLine(pending[stream], stream);
        }
        resolve({
            command,
            args,
            exitCode: code ?? (sig ? 128 + signalNumber(sig) : 1),
            stdout,
            stderr,
            timedOut,
            durationMs: Date.now() - started,
        });
    });
    child.stdin.on('error', () => undefined); // the command may exit before reading its stdin
    child.stdin.end(options.input ?? '');
});
function signalNumber(sig) {
    return { SIGKILL: 9, SIGTERM: 15, SIGINT: 2 }[sig] ?? 1;
}
/** Runs and throws a CommandError unless the exit code is 0. */
async function runChecked(runner, command, args, options) {
    const result = await runner(command, args, options);
    if (result.exitCode !== 0 || result.timedOut)
        throw new CommandError(result);
    return result;
}

;// CONCATENATED MODULE: ./src/hostfs.ts
/**
 * Reads files under a container's mount point. As root that is plain fs; through sudo (GitHub's
 * runners) the overlay is root-owned, so the same operations go through `sudo cat` / `sudo find`.
 */


const directFiles = {
    async read(file) {
        return (0,external_node_fs_promises_namespaceObject.readFile)(file, 'utf8').catch(() => null);
    },
    async list(dir) {
        const entries = await (0,external_node_fs_promises_namespaceObject.readdir)(dir, { recursive: true, withFileTypes: true }).catch(() => []);
        const out = [];
        for (const e of entries) {
            if (!e.isFile())
                continue;
            const p = external_node_path_default().join(e.parentPath, e.name);
            const st = await (0,external_node_fs_promises_namespaceObject.stat)(p).catch(() => null);
            if (st)
                out.push({ path: p, size: st.size });
        }
        return out;
    },
    async names(dir) {
        return (0,external_node_fs_promises_namespaceObject.readdir)(dir).catch(() => []);
    },
};
function sudoFiles(runner) {
    return {
        async read(file) {
            const res = await runner('cat', ['--', file]);
            return res.exitCode === 0 ? res.stdout : null;
        },
        async list(dir) {
            const res = await runner('find', [dir, '-type', 'f', '-printf', '%s\\t%p\\n']);
            if (res.exitCode !== 0)
                return [];
            return res.stdout
                .split('\n')
                .filter(Boolean)
                .map((line) => {
                const tab = line.indexOf('\t');
                return { size: Number(line.slice(0, tab)), path: line.slice(tab + 1) };
            });
        },
        async names(dir) {
            const res = await runner('ls', ['-1A', '--', dir]);
            return res.exitCode === 0 ? res.stdout.split('\n').filter(Boolean) : [];
        },
    };
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ../../main/node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return core._string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return core._number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBoolean", (inst, def) => {
    core.$ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.booleanProcessor(inst, ctx, json, params);
})));
function schemas_boolean(params) {
    return core._boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...util.normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
})));
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./src/runtimes.ts
/**
 * What each checkpoint runtime needs, as data: capabilities and security options for the checkpoint
 * run and for restore, JVM flags, how the checkpoint is triggered, what marks success, the restore
 * command, and where its logs are. The pipeline reads these profiles and never branches on a runtime
 * name itself.
 */
const RUNTIME_NAMES = ['crac', 'openj9', 'liberty', 'criu'];
/** How the checkpoint is taken once the app is ready (`auto` picks the runtime's default). */
const TRIGGERS = ['auto', 'app', 'jcmd', 'criu'];
/** CRIU's own capability needs (criu/cr-check, `--unprivileged` mode since CRIU 3.16). */
const CRIU_CAPS = ['CHECKPOINT_RESTORE', 'SYS_PTRACE'];
/** Dumping a task under a seccomp filter needs PTRACE_O_SUSPEND_SECCOMP, which podman's default profile blocks. */
const UNCONFINED = ['seccomp=unconfined'];
// -v3 keeps errors, warnings and the "Restore finished successfully" marker; -v4 (debug) made the
// sample's restore about 30 ms slower (100 ms against 70 ms in CRIU's own log timestamps). A later
// `-v4` in restore-flags overrides it. --file-locks: without it CRIU restores no file lock the dump
// recorded, silently (criu/file-lock.c prepare_file_locks); IBM's InstantOn restore.sh passes it
// (ibmruntimes/InstantOnStartupGuide Scripts/unprivileged/restore.sh). With no lock in the images the
// flag changes nothing.
const criuRestore = (ctx) => [
    'criu',
    'restore',
    '--unprivileged',
    '-D',
    ctx.checkpointDir,
    '--shell-job',
    '-v3',
    '--log-file=restore.log',
    '--file-locks',
    ...ctx.restoreFlags,
];
const none = () => [];
/** OpenJ9 in CRaC mode: `-XX:CRaCCheckpointTo=DIR` named in java-options (OpenJ9 reads it there too). */
const OPENJ9_CRAC_OPTION = /(?:^|\s)-XX:CRaCCheckpointTo=(\S*)/;
const OPENJ9_CRIU_OPTION = /(?:^|\s)-XX:\+EnableCRIUSupport(?:\s|$)/;
/** `crac` when java-options name `-XX:CRaCCheckpointTo`, else `criu` (the CRIUSupport API). */
function openj9Mode(javaOptions) {
    return OPENJ9_CRAC_OPTION.test(javaOptions) ? 'crac' : 'criu';
}
const E2E_OL = 'test/e2e/runtimes-openj9-liberty.test.ts';
const UNIT_OL = 'test/unit/runtimes-openj9-liberty.test.ts';
/** What the openj9 profile relies on, read in eclipse-openj9/openj9 and IBM's Semeru images and guides. */
const OPENJ9_CONFORMANCE = [
    {
        aspect: 'JVM options (CRIU mode)',
        behaviour: '-XX:+EnableCRIUSupport (command line or JAVA_TOOL_OPTIONS, the last of +/- wins) enables the CRIUSupport API; the app checkpoints itself through it',
        source: 'eclipse-openj9/openj9 runtime/vm/jvminit.c (VMOPT_XXENABLECRIU)',
        test: `${UNIT_OL} > CRIU mode passes -XX:+EnableCRIUSupport and the directory the app hands to CRIUSupport`,
    },
    {
        aspect: 'flag conflict',
        behaviour: '-XX:+EnableCRIUSupport together with -XX:CRaCCheckpointTo: the VM refuses to start with "JVMJ9VM237E The command line options -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo=[DIR] are not compatible." (exit 1); CRaC mode therefore never gets -XX:+EnableCRIUSupport, and both in java-options is refused up front',
        source: 'eclipse-openj9/openj9 runtime/vm/jvminit.c, runtime/nls/j9vm/j9vm.nls (J9NLS_VM_CRIU_CRAC_INCOMPATIBLE_SETTING)',
        test: `${E2E_OL} > org.crac mode by the app (-XX:CRaCCheckpointTo in java-options): no -XX:+EnableCRIUSupport, which OpenJ9 refuses alongside it`,
    },
    {
        aspect: 'org.crac needs CRaC mode',
        behaviour: 'jdk.crac.Core.checkpointRestore() without -XX:CRaCCheckpointTo throws UnsupportedOperationException "CRaC support is not enabled" (Spring then exits); CRaC mode is chosen by naming -XX:CRaCCheckpointTo=<checkpoint-dir> in java-options',
        source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/jdk/crac/Core.java',
        test: `${UNIT_OL} > CRaC mode: -XX:CRaCCheckpointTo from java-options, unprivileged CRIU, no -XX:+EnableCRIUSupport`,
    },
    {
        aspect: 'jcmd trigger',
        behaviour: 'jcmd <pid> JDK.checkpoint exists only in CRaC mode (CRIU.checkpoint only in CRIU mode) and answers "JVM checkpoint requested" before the checkpoint, which runs on another thread',
        source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/openj9/internal/tools/attach/target/DiagnosticUtils.java',
        test: `${E2E_OL} > org.crac mode by jcmd <pid> JDK.checkpoint`,
    },
    {
        aspect: 'checkpoint log and success',
        behaviour: "CRIU's log is criu.log in the image directory at level 2 (no \"Dumping finished successfully\" line); CRIU kills the JVM after the dump (137): the exit status and CRIU's image files decide",
        source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/openj9/internal/criu/InternalCRIUSupport.java (defaults)',
        test: `${E2E_OL} > a Semeru-like image (USER 1001, CRIU with file capabilities): checkpoint, push, pull back and restore with the labelled capabilities`,
    },
    {
        aspect: 'unprivileged CRIU in CRaC mode',
        behaviour: 'CRaC mode and JDK.checkpoint use setCheckpointDefaultParams() and run CRIU privileged unless -Dopenj9.internal.criu.unprivilegedMode=true, which the profile passes (the container has no CAP_SYS_ADMIN)',
        source: 'eclipse-openj9/openj9 jcl/src/java.base/share/classes/openj9/internal/criu/InternalCRIUSupport.java (setCheckpointDefaultParams, checkpointJVM)',
        test: `${UNIT_OL} > CRaC mode: -XX:CRaCCheckpointTo from java-options, unprivileged CRIU, no -XX:+EnableCRIUSupport`,
    },
    {
        aspect: 'file locks',
        behaviour: "the checkpoint holds file locks in CRaC mode and jcmd (fileLocks = true) or when the app sets them; IBM's restore passes --file-locks, so the restore command always does",
        source: 'ibmruntimes/InstantOnStartupGuide Scripts/unprivileged/restore.sh',
        test: `${UNIT_OL} > the restore command takes --file-locks, as IBM's restore.sh`,
    },
    {
        aspect: 'container user and CRIU',
        behaviour: 'Semeru UBI images end with USER 1001 and ship CRIU at /usr/local/sbin/criu (first on PATH) with file capabilities cap_checkpoint_restore,cap_sys_ptrace,cap_setpcap=eip (/opt/criu/criu: cap_checkpoint_restore,cap_setpcap=eip); the launcher cannot create its folders as that user, so they are made in a layer before the checkpoint',
        source: 'ibmruntimes/semeru-containers 21/jre/ubi-minimal/ubi9/Dockerfile.open.releases.full',
        test: `${E2E_OL} > a Semeru-like image (USER 1001, CRIU with file capabilities): checkpoint, push, pull back and restore with the labelled capabilities`,
    },
    {
        aspect: 'restore of a non-root image',
        behaviour: 'podman gives a non-root container user only the --cap-add set, also as ambient capabilities, so the JVM holds them at dump; CRIU as uid 1001 (no CAP_SETGID) then cannot restore those credentials ("Can\'t setgroups"), CRIU as root can: the restore image runs CRIU as USER 0 and the app comes back as its own uid',
        source: 'containers/podman pkg/specgen/generate/security_linux.go (non-root user: Effective = Permitted = Ambient = cap-add)',
        test: `${UNIT_OL} > a non-root image is restored by CRIU as root, and the label says whose app it is`,
    },
    {
        aspect: 'capabilities',
        behaviour: 'checkpoint and restore with CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP; seccomp unconfined for the dump only',
        source: 'https://eclipse.dev/openj9/docs/criusupport/',
        test: `${UNIT_OL} > openj9 runs and restores with CHECKPOINT_RESTORE, SYS_PTRACE and SETPCAP`,
    },
];
/** What the liberty profile relies on, read in OpenLiberty/ci.docker and the InstantOn docs. */
const LIBERTY_CONFORMANCE = [
    {
        aspect: 'checkpoint trigger',
        behaviour: 'WLP_CHECKPOINT=<phase> makes docker-server.sh unset it and run checkpoint.sh, which pushes PIDs up and runs `server checkpoint defaultServer --at=<phase>`; the server stops after the dump (exit 0)',
        source: 'OpenLiberty/ci.docker releases/latest/kernel-slim/helpers/runtime/docker-server.sh, helpers/build/checkpoint.sh',
        test: `${E2E_OL} > collects CRIU's logs from /logs/checkpoint, pushes an image with recovery at its default, which restores, and cold-starts when it cannot`,
    },
    {
        aspect: 'log files',
        behaviour: "the images set LOG_DIR=/liberty/logs, a symlink to /logs: messages.log and console.log in /logs, CRIU's checkpoint.log and restore.log in /logs/checkpoint",
        source: 'OpenLiberty/ci.docker releases/latest/kernel-slim/Dockerfile.ubi10-minimal.openjdk21 (LOG_DIR, ln -s /logs /liberty/logs)',
        test: `${E2E_OL} > collects CRIU's logs from /logs/checkpoint, pushes an image with recovery at its default, which restores, and cold-starts when it cannot`,
    },
    {
        aspect: 'restore',
        behaviour: 'an image with /output/workarea/checkpoint/image restores through its own entrypoint (dumb-init, restore-server.sh with CRIU_RESTORE_PATH=/opt/criu/criu), as the image user; "CWWKC0452I" marks the restore',
        source: 'OpenLiberty/ci.docker releases/latest/kernel-slim/helpers/runtime/docker-server.sh, helpers/runtime/restore-server.sh',
        test: `${UNIT_OL} > liberty keeps its own entrypoint and user at restore`,
    },
    {
        aspect: 'recovery switch',
        behaviour: 'CRIU_RESTORE_DISABLE_RECOVERY is false by default: a failed restore cold-starts the server; true is for verifying: set on the verify run only, never committed into the image',
        source: 'https://openliberty.io/docs/latest/instanton.html (OpenLiberty/docs instanton.adoc)',
        test: `${UNIT_OL} > liberty disables recovery on the verify run only, never in the image or the manifests`,
    },
    {
        aspect: 'recovery in the pushed image',
        behaviour: 'the pushed image, run without the capabilities to restore, still answers by a cold start',
        source: 'https://openliberty.io/docs/latest/instanton.html (OpenLiberty/docs instanton.adoc)',
        test: `${E2E_OL} > collects CRIU's logs from /logs/checkpoint, pushes an image with recovery at its default, which restores, and cold-starts when it cannot`,
    },
    {
        aspect: 'capabilities',
        behaviour: 'checkpoint with CHECKPOINT_RESTORE, SYS_PTRACE, SETPCAP; restore with CHECKPOINT_RESTORE and SETPCAP only (what /opt/criu/criu carries as file capabilities), seccomp unconfined',
        source: 'https://openliberty.io/docs/latest/instanton.html; ibmruntimes/semeru-containers 21/jre/ubi-minimal/ubi9/Dockerfile.open.releases.full (/opt/criu/criu)',
        test: `${UNIT_OL} > liberty restores with CHECKPOINT_RESTORE and SETPCAP only`,
    },
];
const RUNTIMES = {
    crac: {
        name: 'crac',
        title: 'OpenJDK CRaC (Azul Zulu, Liberica, Ubuntu openjdk-crac)',
        docs: 'https://docs.azul.com/core/crac/crac-guidelines',
        defaultCheckpointDir: '/opt/crac-files',
        defaultTrigger: 'jcmd',
        triggers: ['jcmd', 'app'],
        refusedTriggers: {
            criu: "a CRaC JDK's CRIU is $JAVA_HOME/lib/criu, not on PATH (zulu-openjdk images), and CRaC takes its checkpoint itself, after its Resources closed their files and sockets. Fix: use `checkpoint-trigger: jcmd` (the default) or `app` (the app calls org.crac Core.checkpointRestore()).",
        },
        launcher: true,
        criuLocation: 'jdk',
        checkpoint: {
            capAdd: CRIU_CAPS,
            securityOpt: UNCONFINED,
            env: () => ({}),
            // CPUFeatures=generic: hosted runners differ in CPU, and a checkpoint made with host features
            // refuses to restore on a CPU that lacks one ("You have to specify -XX:CPUFeatures=...").
            javaOptions: (dir) => [`-XX:CRaCCheckpointTo=${dir}`, '-XX:CPUFeatures=generic'],
            javaOptionsEnv: 'JDK_JAVA_OPTIONS',
            unsupportedOptions: [
                {
                    pattern: /-XX:CRaCEngine=(?!criu\b)\S+/,
                    reason: 'checkpoint-image restores CRaC checkpoints made by the CRIU engine (the default on Azul Zulu); other engines such as warp write no CRIU image and are not supported. Fix: remove -XX:CRaCEngine (or set -XX:CRaCEngine=criu).',
                },
            ],
            // CRIU kills the JVM after a successful dump (criuengine without keep_running): 137 (SIGKILL)
            exitCodes: [137],
            noImagesHint: 'a CRaC engine other than CRIU (e.g. -XX:CRaCEngine=warp) writes no CRIU image; checkpoint-image needs the CRIU engine, the default on Azul Zulu',
            successMarkers: [/Dumping finished successfully/],
        },
        restore: {
            capAdd: CRIU_CAPS,
            securityOpt: [],
            env: {},
            // java itself would reject CRIU flags: CRaC's engine appends CRAC_CRIU_OPTS to CRIU's arguments
            command: (ctx) => ['java', `-XX:CRaCRestoreFrom=${ctx.checkpointDir}`],
            flagsEnv: 'CRAC_CRIU_OPTS',
            // CRaC restores with CRIU at -v1 and no log file, and the JVM logs nothing: no marker exists
            restoredMarkers: [],
            verifyEnv: {},
            criuAsRoot: true,
        },
        labels: {},
        validate: none,
        logFiles: ['dump4.log'],
        conformance: [
            {
                aspect: 'how flags reach the JVM',
                behaviour: "CRaC's `java` launcher looks for -XX:CRaCCheckpointTo / -XX:CRaCRestoreFrom only in JDK_JAVA_OPTIONS and on the command line (parse_crac); only then does it turn glibc's rseq off (GLIBC_TUNABLES=glibc.pthread.rseq=0) and handle PID 1. The VM also reads JAVA_TOOL_OPTIONS, which the launcher does not. checkpoint-image passes the CRaC options in JDK_JAVA_OPTIONS, for the app's JVM only.",
                source: 'openjdk/crac src/java.base/share/native/launcher/main.c (main, parse_crac)',
                test: 'test/unit/runtimes.test.ts > crac options travel in JDK_JAVA_OPTIONS, where the CRaC launcher reads them',
            },
            {
                aspect: 'how flags reach the JVM (end to end)',
                behaviour: 'The checkpointed JVM ran with the launcher\'s rseq setting, so the launcher saw the CRaC options.',
                source: 'openjdk/crac src/java.base/share/native/launcher/main.c (main: GLIBC_TUNABLES)',
                test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
            },
            {
                aspect: 'trigger',
                behaviour: '`jcmd <pid> JDK.checkpoint` answers "CR: Checkpoint ..." and the JVM then dumps itself; a refused checkpoint answers "An exception during a checkpoint operation:" with a CheckpointException, and the JVM keeps running (checkpoint-image fails at once with that text).',
                source: 'openjdk/crac src/java.base/share/classes/jdk/crac/Core.java (checkpointRestoreInternal); openjdk/crac src/hotspot/os/linux/crac_linux.cpp (VM_Crac::report_ok_to_jcmd_if_any)',
                test: 'test/e2e/runtimes.test.ts > fails the checkpoint at once with the CheckpointOpenSocketException text, and commits nothing',
            },
            {
                aspect: 'open sockets',
                behaviour: 'CRaC refuses to checkpoint a JVM with a socket the application opened, listening ones included: "jdk.crac.impl.CheckpointOpenSocketException: tcp6 localAddr :: localPort 8080 remoteAddr :: remotePort 0". The app must close them in an org.crac Resource (Spring Boot 3.2+ stops its web server; com.sun.net.httpserver does not).',
                source: 'openjdk/crac src/hotspot/os/linux/crac_linux.cpp (VM_Crac::check_fds); openjdk/crac src/java.base/unix/native/libjava/FileDescriptor_md.c (find_sock_details); spring-projects/spring-framework#33103',
                test: 'test/e2e/runtimes.test.ts > fails the checkpoint at once with the CheckpointOpenSocketException text, and commits nothing',
            },
            {
                aspect: 'exit code',
                behaviour: 'After a successful dump CRIU kills the JVM (no keep_running): the JVM exits 137 (SIGKILL).',
                source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (checkpoint, keep_running)',
                test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
            },
            {
                aspect: 'success marker and checkpoint log',
                behaviour: 'The engine runs `criu dump -t <pid> -D <dir> -v4 -o dump4.log --shell-job`: CRIU writes dump4.log in the checkpoint directory, ending with "Dumping finished successfully".',
                source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (checkpoint)',
                test: 'test/unit/runtimes.test.ts > crac judges the checkpoint by dump4.log in the checkpoint directory',
            },
            {
                aspect: 'CRIU location',
                behaviour: "The engine runs CRIU from lib/criu in the JDK ($JAVA_HOME/lib/criu); the Zulu CRaC images put only $JAVA_HOME/bin on PATH, so `criu` is not found there: the launcher's `criu` trigger is refused before anything runs.",
                source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (get_criu); zulu-openjdk/zulu-openjdk ubuntu/21-jdk-crac-latest/Dockerfile',
                test: 'test/unit/runtimes.test.ts > crac refuses the criu trigger up front, naming $JAVA_HOME/lib/criu',
            },
            {
                aspect: 'restore command and its log level',
                behaviour: '`java -XX:CRaCRestoreFrom=DIR` execs `criu restore -W . --shell-job --action-script criuhelper -D DIR --cpu-cap=none -v1 ... --exec-cmd -- criuhelper restorewait`: errors only, to stderr, no log file; the JVM logs nothing on restore. A restore is therefore proven by identity (the checkpointed PID holding the checkpoint id), never by a log line.',
                source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (restore)',
                test: 'test/e2e/runtimes.test.ts > hides CRIU from PATH (it is $JAVA_HOME/lib/criu) and restores at -v1 to stderr with no log file',
            },
            {
                aspect: 'restore flags',
                behaviour: "CRAC_CRIU_OPTS is appended to CRIU's arguments; the newest engine logs it as deprecated (obsolete in JDK 28, removed in 29) in favour of -XX:CRaCEngineOptions=args=..., which older CRaC JDKs do not know. checkpoint-image sets CRAC_CRIU_OPTS, which every CRaC JDK reads today.",
                source: 'openjdk/crac src/java.base/linux/native/libcriuengine/criuengine.cpp (ArgsBuilder::append_all)',
                test: 'test/unit/runtimes.test.ts > crac gets restore-flags through CRAC_CRIU_OPTS, never on the java command line',
            },
            {
                aspect: 'capabilities and security options',
                behaviour: 'The CRIU engine in a container needs CHECKPOINT_RESTORE and SYS_PTRACE (checkpoint and restore); the dump also needs seccomp=unconfined (CRIU suspends the seccomp filter of the JVM).',
                source: 'https://docs.azul.com/core/crac/crac-engines',
                test: 'test/unit/runtimes.test.ts > %s checkpoint run: caps %j, security %j, env %j, JVM options %s',
            },
            {
                aspect: 'engine',
                behaviour: 'The default engine on Azul Zulu is CRIU (-XX:CRaCEngine=criu); warp (Zulu and Zing; it needs no extra capabilities) writes no CRIU image. checkpoint-image refuses -XX:CRaCEngine other than criu in java-options or the image\'s JAVA_TOOL_OPTIONS/JDK_JAVA_OPTIONS, in words, before the checkpoint.',
                source: 'https://docs.azul.com/core/crac/crac-engines',
                test: 'test/unit/runtimes.test.ts > crac refuses the warp engine in words',
            },
            {
                aspect: 'container user',
                behaviour: 'The Zulu CRaC images set no USER: the JVM and its CRIU run as root.',
                source: 'zulu-openjdk/zulu-openjdk ubuntu/21-jdk-crac-latest/Dockerfile',
                test: 'test/e2e/runtimes.test.ts > hides CRIU from PATH (it is $JAVA_HOME/lib/criu) and restores at -v1 to stderr with no log file',
            },
        ],
    },
    openj9: {
        name: 'openj9',
        title: 'Eclipse OpenJ9 CRIU Support (IBM Semeru)',
        docs: 'https://eclipse.dev/openj9/docs/criusupport/',
        defaultCheckpointDir: '/opt/checkpoint',
        defaultTrigger: 'app',
        // jcmd (JDK.checkpoint) exists in CRaC mode only: see openj9Crac and validate
        triggers: ['app', 'jcmd', 'criu'],
        launcher: true,
        criuLocation: 'path',
        checkpoint: {
            capAdd: [...CRIU_CAPS, 'SETPCAP'],
            securityOpt: UNCONFINED,
            // the app reads the directory to pass to CRIUSupport (workflows-examples/openj9.yml)
            env: (dir) => ({ CHECKPOINT_DIR: dir }),
            javaOptions: () => ['-XX:+EnableCRIUSupport'],
            exitCodes: [137, 0],
            // CRIUSupport logs at level 2 by default, below CRIU's "Dumping finished successfully" line:
            // the exit status and CRIU's image files decide
            successMarkers: [],
        },
        restore: {
            capAdd: [...CRIU_CAPS, 'SETPCAP'],
            securityOpt: [],
            env: {},
            command: criuRestore,
            restoredMarkers: [/Restore finished successfully/],
            verifyEnv: {},
            criuAsRoot: true,
        },
        labels: { 'openj9-mode': 'criu' },
        validate: ({ javaOptions, trigger }) => [
            ...(trigger === 'jcmd'
                ? [`Input "checkpoint-trigger" is "jcmd", but OpenJ9 has \`jcmd <pid> JDK.checkpoint\` only in CRaC mode (DiagnosticUtils registers it when -XX:CRaCCheckpointTo is set). Fix: add \`-XX:CRaCCheckpointTo=<checkpoint-dir>\` to java-options, or use checkpoint-trigger \`app\` (CRIUSupport) or \`criu\`.`]
                : []),
            ...(OPENJ9_CRIU_OPTION.test(javaOptions) && OPENJ9_CRAC_OPTION.test(javaOptions)
                ? ['Input "java-options" has both -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo: OpenJ9 refuses to start with both ("JVMJ9VM237E The command line options -XX:+EnableCRIUSupport and -XX:CRaCCheckpointTo=[DIR] are not compatible."). Fix: drop -XX:+EnableCRIUSupport for org.crac (CRaC mode), or -XX:CRaCCheckpointTo for the CRIUSupport API.']
                : []),
        ],
        logFiles: ['criu.log', 'restore.log'],
        conformance: OPENJ9_CONFORMANCE,
    },
    liberty: {
        name: 'liberty',
        title: 'Open Liberty InstantOn',
        docs: 'https://openliberty.io/docs/latest/instanton.html',
        defaultCheckpointDir: '/opt/ol/wlp/output/defaultServer/workarea/checkpoint',
        defaultTrigger: 'app',
        triggers: ['app'],
        launcher: false,
        criuLocation: 'path',
        checkpoint: {
            capAdd: [...CRIU_CAPS, 'SETPCAP'],
            securityOpt: UNCONFINED,
            env: () => ({ WLP_CHECKPOINT: 'afterAppStart' }),
            javaOptions: () => [],
            exitCodes: [0],
            successMarkers: [/CWWKC0451I/, /Dumping finished successfully/],
        },
        restore: {
            capAdd: ['CHECKPOINT_RESTORE', 'SETPCAP'],
            securityOpt: UNCONFINED,
            // Liberty's default (recovery on) stays in the image: a node that cannot restore cold-starts
            env: {},
            command: null,
            restoredMarkers: [/CWWKC0452I/],
            // ...but the verify run must see a failed restore fail, not pass as a silent cold start
            verifyEnv: { CRIU_RESTORE_DISABLE_RECOVERY: 'true' },
            // Liberty restores itself as the image's user, with /opt/criu/criu's file capabilities
            criuAsRoot: false,
        },
        labels: {},
        validate: none,
        // the official images set LOG_DIR=/liberty/logs, a symlink to /logs
        logFiles: ['/logs/messages.log', '/logs/console.log', '/logs/checkpoint/checkpoint.log', '/logs/checkpoint/restore.log'],
        conformance: LIBERTY_CONFORMANCE,
    },
    criu: {
        name: 'criu',
        title: 'Plain CRIU (any process; the engine under the others)',
        docs: 'https://criu.org/Docker',
        defaultCheckpointDir: '/checkpoint',
        defaultTrigger: 'criu',
        triggers: ['criu'],
        launcher: true,
        criuLocation: 'path',
        checkpoint: {
            capAdd: CRIU_CAPS,
            securityOpt: UNCONFINED,
            env: () => ({}),
            // The JVM's perf-data mmap of /tmp/hsperfdata_<user>/<pid> is deleted on exit and then breaks
            // every later restore; without it the checkpoint has no such file.
            javaOptions: () => ['-XX:-UsePerfData'],
            javaOptionsEnv: 'JAVA_TOOL_OPTIONS',
            // a lock held at dump time fails the dump without it (criu/file-lock.c note_file_lock)
            criuDumpFlags: ['--file-locks'],
            exitCodes: [0],
            successMarkers: [/Dumping finished successfully/],
        },
        restore: {
            capAdd: CRIU_CAPS,
            securityOpt: [],
            env: {},
            command: criuRestore,
            restoredMarkers: [/Restore finished successfully/],
            verifyEnv: {},
            criuAsRoot: true,
        },
        labels: {},
        validate: none,
        // the launcher writes CRIU's dump.log next to the app's output (collected for every launcher runtime)
        logFiles: ['restore.log'],
        conformance: [
            {
                aspect: 'trigger',
                behaviour: 'On SIGUSR1 the launcher (PID 1) runs `criu dump -t <app pid> -D <dir> --shell-job --unprivileged -v4 -o dump.log --file-locks`; --unprivileged (CRIU 3.16+) needs only CHECKPOINT_RESTORE and SYS_PTRACE.',
                source: 'checkpoint-restore/criu Documentation/criu.txt (--unprivileged, --file-locks, -o)',
                test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
            },
            {
                aspect: 'exit code and success marker',
                behaviour: 'CRIU exits 0 and logs "Dumping finished successfully" (criu/cr-dump.c); the dumped app is killed, the launcher exits with CRIU\'s status.',
                source: 'checkpoint-restore/criu criu/cr-dump.c (cr_dump_tasks)',
                test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
            },
            {
                aspect: 'file locks',
                behaviour: 'Without --file-locks a dump refuses a task holding a lock ("Some file locks are hold by dumping tasks!"), and a restore silently leaves the dumped locks out; checkpoint-image passes it to both.',
                source: 'checkpoint-restore/criu criu/file-lock.c (note_file_lock, prepare_file_locks); ibmruntimes/InstantOnStartupGuide restore.sh',
                test: 'test/unit/runtimes.test.ts > criu dumps and restores file locks (--file-locks on both sides)',
            },
            {
                aspect: 'restore command and its log level',
                behaviour: '`criu restore --unprivileged -D <dir> --shell-job -v3 --log-file=restore.log --file-locks`: -v3 logs "Restore finished successfully" in restore.log (relative to the image directory), reported as evidence; the proof is the identity of the restored process.',
                source: 'checkpoint-restore/criu criu/cr-restore.c (cr_restore_tasks); checkpoint-restore/criu criu/log.c',
                test: 'test/unit/runtimes.test.ts > %s restore image changes',
            },
            {
                aspect: 'capabilities and security options',
                behaviour: 'CHECKPOINT_RESTORE and SYS_PTRACE at dump and restore (unprivileged mode); seccomp=unconfined at dump only, because CRIU suspends the seccomp filter of the task it dumps (PTRACE_O_SUSPEND_SECCOMP).',
                source: 'checkpoint-restore/criu Documentation/criu.txt (--unprivileged); checkpoint-restore/criu compel/src/lib/ptrace.c; checkpoint-restore/criu#2391',
                test: 'test/unit/runtimes.test.ts > %s restore run: caps %j, security %j (never more than the checkpoint run)',
            },
            {
                aspect: 'PIDs',
                behaviour: 'CRIU restores every task with its dumped PID, so that PID must be free in the new container: the launcher pushes the app above min-pid.',
                source: 'checkpoint-restore/criu criu/cr-restore.c (fork_with_pid)',
                test: 'test/e2e/runtimes.test.ts > default flags: build, checkpoint, commit, verify, push; the image pulled back answers as the restored process',
            },
        ],
    },
};
function runtimeProfile(name) {
    return RUNTIMES[name];
}
/** The trigger to use: the explicit one, or the runtime's default for `auto`. */
function resolveTrigger(profile, trigger) {
    return trigger === 'auto' ? profile.defaultTrigger : trigger;
}
/**
 * The profile for one run. OpenJ9 in CRaC mode (java-options name -XX:CRaCCheckpointTo): no
 * -XX:+EnableCRIUSupport, which OpenJ9 refuses alongside it, unprivileged CRIU (CRaC mode runs it
 * privileged otherwise) and `jcmd <pid> JDK.checkpoint`.
 */
function resolveProfile(name, javaOptions) {
    const p = RUNTIMES[name];
    if (name !== 'openj9' || openj9Mode(javaOptions) === 'criu')
        return p;
    return {
        ...p,
        checkpoint: { ...p.checkpoint, env: () => ({}), javaOptions: () => ['-Dopenj9.internal.criu.unprivilegedMode=true'] },
        labels: { 'openj9-mode': 'crac' },
        validate: ({ javaOptions: opts, checkpointDir }) => {
            const dir = OPENJ9_CRAC_OPTION.exec(opts)?.[1] ?? '';
            return [
                ...(OPENJ9_CRIU_OPTION.test(opts) ? p.validate({ javaOptions: opts, checkpointDir, trigger: 'app' }) : []),
                ...(dir !== checkpointDir
                    ? [`Input "java-options" sets -XX:CRaCCheckpointTo=${dir}, but the checkpoint directory is ${checkpointDir}: OpenJ9 would write the checkpoint where the restore does not look. Fix: set \`checkpoint-dir: ${dir || '/opt/checkpoint'}\` and \`-XX:CRaCCheckpointTo=\` to the same absolute path.`]
                    : []),
            ];
        },
    };
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The one input schema shared by the action (kebab-case `with:` keys), the CLI (the same names as
 * `--flags`) and the library (the same keys in an object). Every value arrives as text, is validated
 * here before anything runs, and a bad one yields a message naming the input, the value, what is
 * allowed and the fix. action.yml and the README tables are generated from INPUT_SPECS (see
 * scripts/gen-docs.ts) and a test keeps them identical.
 */


const INPUT_SPECS = {
    runtime: { description: 'Checkpoint runtime: `crac` (OpenJDK CRaC), `openj9` (OpenJ9 CRIU Support), `liberty` (Open Liberty InstantOn) or `criu` (plain CRIU of any process).', required: true },
    context: { description: 'Build context directory.', default: '.' },
    containerfile: { description: 'Containerfile/Dockerfile, relative to the working directory. Default: `Containerfile` or `Dockerfile` in the context.', default: '' },
    'build-args': { description: 'Build arguments, one `KEY=VALUE` per line.', default: '' },
    cache: { description: 'Cache the Containerfile\'s base images between runs in the GitHub Actions cache (`podman save`/`load`, keyed by their digests).', default: 'false' },
    'source-image': { description: 'Checkpoint this existing image instead of building one (skips the build).', default: '' },
    image: { description: 'Name of the restore image, e.g. `ghcr.io/owner/app` (a `:tag` here is added to `tags`).', required: true },
    tags: { description: 'Tags of the restore image, separated by newlines or commas.', default: 'latest' },
    port: { description: 'Port the app listens on inside the container.', default: '8080' },
    'ready-url': { description: 'Readiness URL polled through the published port: a path (`/health`) or `http://localhost:PORT/path`. Also timed after restore.', default: '' },
    'ready-log': { description: 'Regular expression on the app\'s output that means ready (used when `ready-url` is empty, or in addition).', default: '' },
    'ready-timeout': { description: 'Seconds to wait for readiness.', default: '120' },
    'warmup-url': { description: 'Path requested `warmup-requests` times before the checkpoint (default: `ready-url`).', default: '' },
    'warmup-requests': { description: 'Number of warm-up requests before the checkpoint.', default: '0' },
    'checkpoint-trigger': { description: 'How the checkpoint is taken: `auto` (the runtime\'s default), `app` (the app checkpoints itself), `jcmd` (`jcmd PID JDK.checkpoint`) or `criu` (`criu dump` from the launcher).', default: 'auto' },
    'checkpoint-dir': { description: 'Checkpoint directory inside the image (default per runtime).', default: '' },
    'checkpoint-timeout': { description: 'Seconds the checkpoint may take once triggered.', default: '120' },
    'min-pid': { description: 'The checkpointed process gets a PID above this, so that its PID is free at restore.', default: '1000' },
    'java-options': { description: 'Extra JVM options for the checkpoint run (passed as `JAVA_TOOL_OPTIONS`; for `crac` as `JDK_JAVA_OPTIONS`, where CRaC\'s launcher reads its options).', default: '' },
    env: { description: 'Environment for the checkpoint run, one `KEY=VALUE` per line.', default: '' },
    'restore-flags': { description: 'Extra flags appended to the restore command (e.g. `--tcp-close`; `-v4` for CRIU\'s debug-level restore.log).', default: '' },
    'cap-add': { description: 'Extra capabilities for the checkpoint and restore runs, beyond the runtime\'s minimum (warned).', default: '' },
    'security-opt': { description: 'Extra `--security-opt` values for the checkpoint run, one per line.', default: '' },
    privileged: { description: 'Run the checkpoint container with `--privileged` (warned; never needed by the supported runtimes).', default: 'false' },
    verify: { description: 'Start the restore image and require a response before pushing.', default: 'true' },
    'verify-timeout': { description: 'Seconds a restore may take to answer.', default: '60' },
    'compare-runs': { description: 'Cold starts and restores timed side by side (0 = only one restore check).', default: '3' },
    'min-speedup': { description: 'Fail when cold/restore time to first response is below this ratio (empty = no check).', default: '' },
    'max-restore-ms': { description: 'Fail when the restore takes longer than this to answer (empty = no check).', default: '' },
    push: { description: 'Push the restore image with every tag.', default: 'false' },
    registry: { description: 'Registry host (and optional namespace) prefixed to `image` when `image` has none.', default: '' },
    username: { description: 'Registry user name.', default: '' },
    password: { description: 'Registry password or token (sent to `podman login` on stdin, masked).', default: '' },
    'tls-verify': { description: 'Require HTTPS and verify certificates when pushing.', default: 'true' },
    'log-dir': { description: 'Folder for the collected logs (default: a folder under the runner\'s temp dir).', default: '' },
    'upload-logs': { description: 'Upload the logs as an artifact: `on-failure`, `always` or `never`.', default: 'on-failure' },
    'artifact-name': { description: 'Artifact name for the logs (default: `checkpoint-image-logs-<runtime>-<job>`; include the matrix key).', default: '' },
    'retention-days': { description: 'Artifact retention in days (0 = the repository default).', default: '0' },
    'manifests-dir': { description: 'Write a Kubernetes Deployment and a Knative Service for the restore image into this folder.', default: '' },
};
const INPUT_NAMES = Object.keys(INPUT_SPECS);
const OUTPUT_SPECS = {
    image: 'Full reference of the restore image (first tag).',
    digest: 'Digest of the pushed restore image (empty when not pushed).',
    'checkpoint-bytes': 'Size of the checkpoint files in bytes.',
    'cold-start-ms': 'Median time from `podman run` to the first response of the original image.',
    'restore-start-ms': 'Median time from `podman run` to the first response of the restore image.',
    speedup: 'cold-start-ms / restore-start-ms.',
    'log-dir': 'Folder holding the collected CRIU, JVM and podman logs.',
    manifests: 'Paths of the written deploy manifests, one per line.',
};
class InputError extends Error {
    issues;
    constructor(issues) {
        super(issues.length === 1 ? issues[0] : `${issues.length} inputs are invalid:\n- ${issues.join('\n- ')}`);
        this.name = 'InputError';
        this.issues = issues;
    }
}
// ---------------------------------------------------------------- value parsers (all pure)
const LINUX_CAPS = [
    'AUDIT_CONTROL', 'AUDIT_READ', 'AUDIT_WRITE', 'BLOCK_SUSPEND', 'BPF', 'CHECKPOINT_RESTORE', 'CHOWN',
    'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'IPC_LOCK', 'IPC_OWNER', 'KILL', 'LEASE',
    'LINUX_IMMUTABLE', 'MAC_ADMIN', 'MAC_OVERRIDE', 'MKNOD', 'NET_ADMIN', 'NET_BIND_SERVICE', 'NET_BROADCAST',
    'NET_RAW', 'PERFMON', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_CHROOT',
    'SYS_MODULE', 'SYS_NICE', 'SYS_PACCT', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_RESOURCE', 'SYS_TIME',
    'SYS_TTY_CONFIG', 'SYSLOG', 'WAKE_ALARM',
];
const SECURITY_OPT_KEYS = ['seccomp', 'apparmor', 'label', 'no-new-privileges', 'mask', 'unmask', 'proc-opts'];
/** Docker distribution reference grammar: [domain[:port]/]path-component(/path-component)*. */
const DOMAIN = String.raw `(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?`;
const COMPONENT = String.raw `[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`;
const NAME_RE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*$`);
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REF_RE = new RegExp(`^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
const ENV_KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH_RE = /^\/[A-Za-z0-9._/@+-]*$/;
/** A restore flag: `-x`, `--flag`, `--flag=value` with no shell or command separators. */
const FLAG_RE = /^--?[A-Za-z0-9][A-Za-z0-9_.-]*(?:=[A-Za-z0-9_.,:/@%+=-]*)?$/;
const FLAG_VALUE_RE = /^[A-Za-z0-9_.,:/@%+=-]+$/;
/** `key`, `key=value` or `key:value` with a value of path-like characters only. */
const SECURITY_OPT_RE = /^[a-z-]+(?:[=:][A-Za-z0-9_.,:/@+=-]*)?$/;
const ARTIFACT_FORBIDDEN = /["<>:|*?\\/\r\n]/;
const fail = (ctx, name, got, allowed, fix) => {
    ctx.addIssue({ code: 'custom', message: `Input "${name}": got ${JSON.stringify(got)}; allowed: ${allowed}. Fix: ${fix}` });
    return NEVER;
};
const inputs_text = (v) => v === undefined || v === null ? '' : Array.isArray(v) ? v.join('\n') : String(v).trim();
/** Splits a list input on newlines and commas, dropping blanks and `#` comments. */
const listOf = (v) => v
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
const lines = (v) => v
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
// every key arrives filled in (absent inputs get their default in parseInputs)
const field = (parse) => unknown().transform((raw, ctx) => parse(inputs_text(raw), ctx));
const bool = (name) => field((v, ctx) => {
    if (/^(true|True|TRUE)$/.test(v))
        return true;
    if (/^(false|False|FALSE)$/.test(v))
        return false;
    return fail(ctx, name, v, '`true` or `false`', `write \`${name}: true\` or \`${name}: false\``);
});
const parseNumber = (name, v, ctx, min, max, integer, optional) => {
    const n = Number(v);
    if (v !== '' && Number.isFinite(n) && (!integer || Number.isInteger(n)) && n >= min && n <= max)
        return n;
    return fail(ctx, name, v, `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}${optional ? ', or empty' : ''}`, `set \`${name}\` to a value in that range`);
};
const inputs_int = (name, min, max) => field((v, ctx) => parseNumber(name, v, ctx, min, max, true, false));
const optionalNumber = (name, min, max) => field((v, ctx) => (v === '' ? null : parseNumber(name, v, ctx, min, max, false, true)));
const seconds = (name, max = 3600) => field((v, ctx) => {
    const n = Number(v);
    // at least 1 ms: a timeout of 0 would mean "no timeout" further down
    if (v !== '' && Number.isFinite(n) && n >= 0.001 && n <= max)
        return Math.round(n * 1000);
    return fail(ctx, name, v, `a number of seconds from 0.001 to ${max}`, `e.g. \`${name}: ${INPUT_SPECS[name].default ?? 60}\``);
});
const choice = (name, values) => field((v, ctx) => {
    if (values.includes(v))
        return v;
    return fail(ctx, name, v, values.map((x) => `\`${x}\``).join(', '), `use one of those values`);
});
const keyValues = (name) => field((v, ctx) => {
    const out = {};
    for (const line of lines(v)) {
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq) : line;
        if (eq <= 0 || !ENV_KEY_RE.test(key) || line.includes('\0')) {
            return fail(ctx, name, line, '`KEY=VALUE` lines with KEY made of letters, digits and `_`', 'write one `KEY=VALUE` per line');
        }
        out[key] = line.slice(eq + 1);
    }
    return out;
});
const optionalPath = (name, absolute) => field((v, ctx) => {
    if (v === '')
        return null;
    if (/[\x00-\x1f\x7f]/.test(v) || (absolute && !PATH_RE.test(v))) {
        return fail(ctx, name, v, absolute ? 'an absolute path of letters, digits and `._/@+-`' : 'a path on one line, without control characters', `e.g. \`${name}: ${absolute ? '/checkpoint' : './out'}\``);
    }
    return v;
});
/** `ready-url`/`warmup-url`: a path, or an http URL on localhost whose port is the container port. */
function parseUrl(name, v, ctx) {
    if (v === '')
        return null;
    if (v.startsWith('/') && !/[\s]/.test(v))
        return { path: v, port: null };
    let url = null;
    try {
        url = new URL(v);
    }
    catch {
        url = null;
    }
    const port = url ? (url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80) : 0;
    if (url && /^https?:$/.test(url.protocol) && ['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname) && port >= 1 && port <= 65535) {
        return { path: `${url.pathname}${url.search}`, port };
    }
    return fail(ctx, name, v, 'a path such as `/health`, or `http://localhost:PORT/path` (the port inside the container)', `e.g. \`${name}: /health\``);
}
function parseRestoreFlags(v, ctx) {
    const tokens = v.split(/\s+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i] ?? '';
        const prev = tokens[i - 1];
        const isValue = prev !== undefined && FLAG_RE.test(prev) && !prev.includes('=') && !t.startsWith('-') && FLAG_VALUE_RE.test(t);
        if (!FLAG_RE.test(t) && !isValue) {
            return fail(ctx, 'restore-flags', t, 'flags such as `--tcp-close` or `--ghost-limit=10M` (and the value of the flag before), no shell syntax or second command', 'pass only flags of the restore command');
        }
    }
    return tokens;
}
const schema = object({
    runtime: choice('runtime', RUNTIME_NAMES),
    // any folder name, `-v` included (podman build gets it after `--`), but one line of printable text
    context: field((v, ctx) => /[\x00-\x1f\x7f]/.test(v) ? fail(ctx, 'context', v, 'a directory path on one line, without control characters', 'e.g. `context: .` or `context: ./app`') : v || '.'),
    containerfile: optionalPath('containerfile', false),
    'build-args': keyValues('build-args'),
    cache: bool('cache'),
    'source-image': field((v, ctx) => {
        if (v === '')
            return null;
        return REF_RE.test(v) ? v : fail(ctx, 'source-image', v, 'an image reference like `registry/name:tag`', 'use a valid image reference');
    }),
    image: field((v, ctx) => {
        if (NAME_RE.test(v))
            return { name: v, tag: undefined };
        const colon = v.lastIndexOf(':');
        const [name, tag] = colon > 0 && !v.slice(colon).includes('/') ? [v.slice(0, colon), v.slice(colon + 1)] : [v, ''];
        if (NAME_RE.test(name) && TAG_RE.test(tag))
            return { name, tag: tag };
        return fail(ctx, 'image', v, 'a lowercase image name like `ghcr.io/owner/app` or `localhost/app`, optionally with `:tag`', 'use lowercase letters, digits, `.`, `_`, `-` and `/`');
    }),
    tags: field((v, ctx) => {
        const tags = listOf(v);
        for (const t of tags)
            if (!TAG_RE.test(t))
                return fail(ctx, 'tags', t, 'tags of letters, digits, `_`, `.` and `-`, at most 128 characters, not starting with `.` or `-`', 'fix or remove that tag');
        return tags;
    }),
    port: inputs_int('port', 1, 65535),
    'ready-url': field((v, ctx) => parseUrl('ready-url', v, ctx)),
    'ready-log': field((v, ctx) => {
        if (v === '')
            return null;
        try {
            new RegExp(v);
            return v;
        }
        catch (e) {
            return fail(ctx, 'ready-log', v, `a JavaScript regular expression (${e.message})`, 'escape special characters, e.g. `Started .* in \\d+`');
        }
    }),
    'ready-timeout': seconds('ready-timeout'),
    'warmup-url': field((v, ctx) => parseUrl('warmup-url', v, ctx)),
    'warmup-requests': inputs_int('warmup-requests', 0, 100_000),
    'checkpoint-trigger': choice('checkpoint-trigger', TRIGGERS),
    'checkpoint-dir': field((v, ctx) => {
        if (v === '')
            return null;
        // /dev/shm and the like are tmpfs mounts: a checkpoint there never reaches the committed image
        if (!PATH_RE.test(v) || /^\/(dev|proc|sys)(\/|$)/.test(v)) {
            return fail(ctx, 'checkpoint-dir', v, 'an absolute path inside the image filesystem (not under /dev, /proc or /sys)', 'e.g. `checkpoint-dir: /checkpoint`');
        }
        return v;
    }),
    'checkpoint-timeout': seconds('checkpoint-timeout'),
    'min-pid': inputs_int('min-pid', 0, 4_000_000),
    'java-options': field((v, ctx) => /[\0\n\r]/.test(v) ? fail(ctx, 'java-options', v, 'JVM options on one line', 'separate options with spaces') : v),
    env: keyValues('env'),
    'restore-flags': field((v, ctx) => parseRestoreFlags(v, ctx)),
    'cap-add': field((v, ctx) => {
        const caps = [];
        for (const c of listOf(v)) {
            const cap = c.toUpperCase().replace(/^CAP_/, '');
            if (!LINUX_CAPS.includes(cap))
                return fail(ctx, 'cap-add', c, `Linux capability names (${LINUX_CAPS.slice(0, 4).join(', ')}, …)`, 'see capabilities(7) for the names');
            caps.push(cap);
        }
        return caps;
    }),
    'security-opt': field((v, ctx) => {
        const opts = lines(v);
        for (const o of opts) {
            const key = o.split(/[=:]/)[0] ?? '';
            if (!SECURITY_OPT_KEYS.includes(key) || !SECURITY_OPT_RE.test(o))
                return fail(ctx, 'security-opt', o, `${SECURITY_OPT_KEYS.map((k) => `\`${k}=…\``).join(', ')}`, 'one podman `--security-opt` value per line');
        }
        return opts;
    }),
    privileged: bool('privileged'),
    verify: bool('verify'),
    'verify-timeout': seconds('verify-timeout'),
    'compare-runs': inputs_int('compare-runs', 0, 20),
    'min-speedup': optionalNumber('min-speedup', 0, 10_000),
    'max-restore-ms': optionalNumber('max-restore-ms', 1, 3_600_000),
    push: bool('push'),
    registry: field((v, ctx) => {
        if (v === '')
            return null;
        const r = v.replace(/\/+$/, '');
        return new RegExp(`^${DOMAIN}(?:/${COMPONENT})*$`).test(r) ? r : fail(ctx, 'registry', v, 'a registry host like `ghcr.io`, `127.0.0.1:5000` or `ghcr.io/owner`', 'give the host without `https://`');
    }),
    // registry user names have no blanks (GHCR: the GitHub login, `name[bot]`; ACR: a UUID; GCR: `_json_key`)
    username: field((v, ctx) => /[\s\x00-\x1f\x7f]/u.test(v) ? fail(ctx, 'username', v, 'a registry user name without spaces or control characters', 'for GHCR use `${{ github.actor }}`') : v || null),
    password: field((v) => v || null),
    'tls-verify': bool('tls-verify'),
    'log-dir': optionalPath('log-dir', false),
    'upload-logs': choice('upload-logs', ['on-failure', 'always', 'never']),
    'artifact-name': field((v, ctx) => v === '' ? null : ARTIFACT_FORBIDDEN.test(v) ? fail(ctx, 'artifact-name', v, 'a name without `" : < > | * ? \\ /` or line breaks', 'replace those characters, e.g. with `-`') : v),
    'retention-days': inputs_int('retention-days', 0, 90),
    'manifests-dir': optionalPath('manifests-dir', false),
})
    .strict();
/** Validates raw inputs into a Config, or throws an InputError listing every problem. */
function parseInputs(raw) {
    const unknown = Object.keys(raw).filter((k) => !(k in INPUT_SPECS));
    // every key present: an absent input is its documented default
    const filled = Object.fromEntries(INPUT_NAMES.map((k) => [k, raw[k] ?? INPUT_SPECS[k].default ?? '']));
    const result = schema.safeParse(filled);
    const issues = unknown.map((k) => `Input "${k}" is not known; allowed inputs: ${INPUT_NAMES.join(', ')}. Fix: check the spelling (inputs are kebab-case).`);
    if (!result.success)
        issues.push(...result.error.issues.map(formatIssue));
    if (issues.length)
        throw new InputError(issues);
    if (!result.success)
        throw new InputError(issues);
    const v = result.data;
    const profile = resolveProfile(v.runtime, v['java-options']);
    const trigger = resolveTrigger(profile, v['checkpoint-trigger']);
    const problems = [];
    const need = (cond, message) => {
        if (!cond)
            problems.push(message);
    };
    const refused = profile.refusedTriggers?.[trigger];
    need(!refused, `Input "checkpoint-trigger": "${trigger}" does not work with runtime ${v.runtime}: ${refused}`);
    need(!!refused || profile.triggers.includes(trigger), `Input "checkpoint-trigger": got "${v['checkpoint-trigger']}"; allowed for runtime ${v.runtime}: ${profile.triggers.join(', ')}, auto. Fix: pick one of those, or \`auto\`.`);
    const readyPort = v['ready-url']?.port ?? null;
    const port = readyPort ?? v.port;
    need(readyPort === null || raw.port === undefined || String(raw.port).trim() === '' || readyPort === v.port, `Input "ready-url": its port ${readyPort} differs from input "port" (${v.port}). Fix: give the path only (\`/health\`) or make the ports equal.`);
    // jcmd and criu triggers fire on readiness, so they need a way to see it
    need(trigger === 'app' || v['ready-url'] !== null || v['ready-log'] !== null, `Inputs "ready-url" and "ready-log" are both empty, but checkpoint-trigger "${trigger}" fires when the app is ready. Fix: set \`ready-url: /health\` (or another path that answers 200), or \`ready-log: <regex of the startup line>\`.`);
    problems.push(...profile.validate({ javaOptions: v['java-options'], checkpointDir: v['checkpoint-dir'] ?? profile.defaultCheckpointDir, trigger }));
    need(v['warmup-requests'] === 0 || v['warmup-url'] !== null || v['ready-url'] !== null, 'Input "warmup-requests" is above 0 but there is no URL to warm up. Fix: set `warmup-url` (or `ready-url`).');
    const imageName = v.registry && !hasDomain(v.image.name) ? `${v.registry}/${v.image.name}` : v.image.name;
    const tags = [...new Set([...(v.image.tag ? [v.image.tag] : []), ...v.tags])];
    need(tags.length > 0, 'Input "tags" is empty. Fix: give at least one tag, e.g. `tags: latest`.');
    need(!v.push || hasDomain(imageName), `Input "push" is true but image "${imageName}" names no registry. Fix: set \`registry: ghcr.io\` (or a full \`image: ghcr.io/owner/app\`).`);
    need(!v.password || !!v.username, 'Input "password" is set but "username" is empty. Fix: set `username` too (for GHCR: `${{ github.actor }}`).');
    need(!v.username || !!v.password, 'Input "username" is set but "password" is empty. Fix: pass the token as `password: ${{ secrets.… }}`.');
    need((v['min-speedup'] === null && v['max-restore-ms'] === null) || v.verify, 'Inputs "min-speedup"/"max-restore-ms" need `verify: true`. Fix: enable verify or remove the thresholds.');
    need(v['min-speedup'] === null || v['compare-runs'] > 0, 'Input "min-speedup" needs `compare-runs` above 0 (cold starts are what it compares against). Fix: set `compare-runs: 3`.');
    if (problems.length)
        throw new InputError(problems);
    return {
        runtime: v.runtime,
        context: v.context,
        containerfile: v.containerfile,
        buildArgs: v['build-args'],
        sourceImage: v['source-image'],
        cache: v.cache,
        imageName,
        tags,
        port,
        readyPath: v['ready-url']?.path ?? null,
        readyLog: v['ready-log'],
        readyTimeoutMs: v['ready-timeout'],
        warmupPath: (v['warmup-url'] ?? v['ready-url'])?.path ?? null,
        warmupRequests: v['warmup-requests'],
        trigger,
        checkpointDir: v['checkpoint-dir'] ?? profile.defaultCheckpointDir,
        checkpointTimeoutMs: v['checkpoint-timeout'],
        minPid: v['min-pid'],
        javaOptions: v['java-options'],
        env: v.env,
        restoreFlags: v['restore-flags'],
        capAdd: v['cap-add'],
        securityOpt: v['security-opt'],
        privileged: v.privileged,
        verify: v.verify,
        verifyTimeoutMs: v['verify-timeout'],
        compareRuns: v['compare-runs'],
        minSpeedup: v['min-speedup'],
        maxRestoreMs: v['max-restore-ms'],
        push: v.push,
        username: v.username,
        password: v.password,
        tlsVerify: v['tls-verify'],
        logDir: v['log-dir'],
        uploadLogs: v['upload-logs'],
        artifactName: v['artifact-name'],
        retentionDays: v['retention-days'],
        manifestsDir: v['manifests-dir'],
    };
}
function formatIssue(issue) {
    if (issue.code === 'custom')
        return issue.message;
    return `Input "${issue.path.join('.')}": ${issue.message}`;
}
/** True when the first path component is a registry host (has a dot or port, or is localhost). */
function hasDomain(name) {
    const first = name.split('/')[0] ?? '';
    return name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['));
}
/** Full references of the restore image, one per tag. */
function imageRefs(config) {
    return config.tags.map((t) => `${config.imageName}:${t}`);
}

;// CONCATENATED MODULE: ./src/podman.ts
/**
 * podman, as pure argv builders (table-tested) plus a thin class that runs them. Host-specific
 * engine options (OCI runtime, ulimits) are decided once by the preflight and applied to every call.
 */

/**
 * Every `podman run` is AppArmor-unconfined. podman's `containers-default` profile (containers/common
 * pkg/apparmor/apparmor_linux_template.go, v0.46 vendored by podman v3.4.4 and today's main) allows
 * `ptrace (trace,read) peer=...` but no `tracedby`/`readby`; AppArmor checks both ends of a ptrace, so
 * CRIU inside a confined container can neither seize the JVM at dump nor the restored tasks. Docker
 * (moby#39121) and containerd (#7714) added the missing rules to their profiles; podman never did.
 * The cold start gets it too, so that both sides of the comparison run under the same confinement.
 * podman accepts the option where AppArmor is off (no-op), e.g. on Debian and this test host.
 */
const APPARMOR_UNCONFINED = 'apparmor=unconfined';
/** The run's security options: the spec's own, plus `apparmor=unconfined` unless it names a profile itself. */
function securityOpts(securityOpt = []) {
    return securityOpt.some((o) => /^apparmor[=:]/.test(o)) ? [...securityOpt] : [...securityOpt, APPARMOR_UNCONFINED];
}
/**
 * The command a user runs the restore image with, as the summary and the README show it: exactly the
 * restore's capabilities and security options (AppArmor-unconfined included), nothing else.
 */
function restoreRunCommand(image, opts) {
    return [
        'podman run --rm',
        `-p ${opts.port}:${opts.port}`,
        ...(opts.privileged ? ['--privileged'] : []),
        ...opts.capAdd.map((c) => `--cap-add ${c}`),
        ...securityOpts(opts.securityOpt).map((o) => `--security-opt ${o}`),
        image,
    ].join(' ');
}
/** podman's major version, or null when unknown. */
const podmanMajor = (engine) => {
    const m = /^(\d+)\./.exec(engine.podmanVersion ?? '');
    return m ? Number(m[1]) : null;
};
/**
 * The commands that remove a container at once, running or not. podman 4.0 added `rm -t` (v3.4.4's
 * `rm` has no `-t`: "unknown shorthand flag: 't' in -t", exit 125) and `rm -f` alone waits out the
 * container's stop timeout (10 s), so below 4.0 (or when the version is unknown) `stop -t 0` goes first.
 * `--ignore`: a container that is already gone is not an error.
 */
function removeContainerCommands(name, engine = {}) {
    const g = globalArgs(engine);
    const major = podmanMajor(engine);
    if (major !== null && major >= 4)
        return [[...g, 'rm', '-f', '-t', '0', '--ignore', END_OF_OPTIONS, name]];
    return [
        [...g, 'stop', '-t', '0', '--ignore', END_OF_OPTIONS, name],
        [...g, 'rm', '-f', '--ignore', END_OF_OPTIONS, name],
    ];
}
/**
 * `--` ends podman's options (spf13/pflag, the same in podman 3.4 and 4): every operand the product
 * passes (a build context, an image reference, a container name) follows it, so a value that starts
 * with `-` is still read as the operand it is. Flag values need no guard: a flag that takes a value
 * takes the next element whatever it starts with.
 */
const END_OF_OPTIONS = '--';
function globalArgs(engine) {
    return engine.ociRuntime ? ['--runtime', engine.ociRuntime] : [];
}
const ulimitArgs = (engine) => (engine.ulimits ?? []).flatMap((u) => ['--ulimit', u]);
const kv = (flag, values) => Object.entries(values ?? {}).flatMap(([k, v]) => [flag, `${k}=${v}`]);
function buildArgs(spec, engine = {}) {
    return [
        ...globalArgs(engine),
        'build',
        '-t',
        spec.tag,
        ...(spec.containerfile ? ['-f', spec.containerfile] : []),
        ...(spec.tlsVerify === false ? ['--tls-verify=false'] : []),
        ...kv('--build-arg', spec.buildArgs),
        ...kv('--label', spec.labels),
        ...ulimitArgs(engine),
        END_OF_OPTIONS,
        spec.context,
    ];
}
function runArgs(spec, engine = {}) {
    return [
        ...globalArgs(engine),
        'run',
        '--name',
        spec.name,
        ...(spec.detach ? ['-d'] : []),
        ...(spec.rm ? ['--rm'] : []),
        ...(spec.network ? ['--network', spec.network] : []),
        ...(spec.publish ?? []).flatMap((p) => ['-p', `${p.hostIp}:${p.hostPort}:${p.containerPort}`]),
        ...(spec.privileged ? ['--privileged'] : []),
        ...(spec.capAdd ?? []).flatMap((c) => ['--cap-add', c]),
        ...securityOpts(spec.securityOpt).flatMap((o) => ['--security-opt', o]),
        ...kv('-e', spec.env),
        ...kv('--label', spec.labels),
        ...ulimitArgs(engine),
        ...(spec.entrypoint ? ['--entrypoint', JSON.stringify(spec.entrypoint)] : []),
        // what follows the image is the container's command, which podman passes on untouched
        END_OF_OPTIONS,
        spec.image,
        ...(spec.command ?? []),
    ];
}
function commitArgs(spec, engine = {}) {
    return [...globalArgs(engine), 'commit', '-q', ...spec.changes.flatMap((c) => ['--change', c]), END_OF_OPTIONS, spec.container, spec.image];
}
/** `LABEL` needs quoting for values with spaces; JSON strings are valid Dockerfile quoting. */
const labelChange = (key, value) => `LABEL ${key}=${JSON.stringify(value)}`;
const envChange = (key, value) => `ENV ${key}=${JSON.stringify(value)}`;
function pushArgs(ref, opts, engine = {}) {
    return [...globalArgs(engine), 'push', '--quiet', `--tls-verify=${opts.tlsVerify}`, '--digestfile', opts.digestFile, ...authArgs(opts), END_OF_OPTIONS, ref];
}
function loginArgs(registry, opts, engine = {}) {
    // the password goes to stdin (--password-stdin), never into argv where `ps` would show it
    return [...globalArgs(engine), 'login', `--tls-verify=${opts.tlsVerify}`, '--username', opts.username, '--password-stdin', ...authArgs(opts), END_OF_OPTIONS, registry];
}
const authArgs = (opts) => (opts.authFile ? ['--authfile', opts.authFile] : []);
/** Runs podman with the engine options; every method takes and returns plain data. */
class Podman {
    engine;
    runner;
    env;
    constructor(engine = {}, runner = run, env = process.env) {
        this.engine = engine;
        this.runner = runner;
        this.env = env;
    }
    exec(args, options = {}) {
        return this.runner('podman', args, { env: this.env, ...options });
    }
    checked(args, options = {}) {
        return runChecked(this.runner, 'podman', args, { env: this.env, ...options });
    }
    async build(spec, options = {}) {
        return this.checked(buildArgs(spec, this.engine), options);
    }
    async run(spec, options = {}) {
        return this.exec(runArgs(spec, this.engine), options);
    }
    async commit(spec) {
        return (await this.checked(commitArgs(spec, this.engine))).stdout.trim();
    }
    async imageConfig(image) {
        const res = await this.checked([...globalArgs(this.engine), 'image', 'inspect', '--format', 'json', END_OF_OPTIONS, image]);
        const [info] = JSON.parse(res.stdout);
        if (!info)
            throw new Error(`podman image inspect ${image} returned nothing`);
        const ep = info.Config?.Entrypoint;
        return {
            id: info.Id,
            entrypoint: Array.isArray(ep) ? ep : ep ? [ep] : [],
            cmd: info.Config?.Cmd ?? [],
            size: info.Size,
            layers: info.RootFS?.Layers ?? [],
            labels: info.Config?.Labels ?? {},
            env: Object.fromEntries((info.Config?.Env ?? []).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)])),
            user: info.Config?.User ?? '',
        };
    }
    /** Layer sizes, newest first (`podman history`). */
    async history(image) {
        const res = await this.checked([...globalArgs(this.engine), 'history', '--format', 'json', END_OF_OPTIONS, image]);
        return JSON.parse(res.stdout).map((h) => ({ id: h.id, size: h.size, createdBy: h.CreatedBy ?? '' }));
    }
    async containerState(name) {
        const res = await this.exec([...globalArgs(this.engine), 'container', 'inspect', '--format', 'json', END_OF_OPTIONS, name]);
        if (res.exitCode !== 0)
            return null;
        const [info] = JSON.parse(res.stdout);
        if (!info)
            return null;
        return {
            status: info.State.Status,
            running: info.State.Running,
            exitCode: info.State.ExitCode,
            oomKilled: info.State.OOMKilled,
            error: info.State.Error ?? '',
        };
    }
    /** Waits for the container to stop; returns its exit code, or null on timeout or abort. */
    async wait(name, timeoutMs, signal) {
        const res = await this.exec([...globalArgs(this.engine), 'wait', END_OF_OPTIONS, name], { timeoutMs, signal });
        if (res.timedOut || signal?.aborted)
            return null;
        const code = Number(res.stdout.trim().split('\n').pop());
        if (res.exitCode !== 0 || !Number.isFinite(code))
            throw new CommandError(res);
        return code;
    }
    /** Host path of the container's root filesystem (rootful podman), readable while mounted. */
    async mount(name) {
        return (await this.checked([...globalArgs(this.engine), 'mount', END_OF_OPTIONS, name])).stdout.trim();
    }
    /** Host path of an image's filesystem (rootful podman), readable until imageUnmount. */
    async imageMount(image) {
        const res = await this.exec([...globalArgs(this.engine), 'image', 'mount', END_OF_OPTIONS, image]);
        return res.exitCode === 0 ? res.stdout.trim() : null;
    }
    async imageUnmount(image) {
        await this.exec([...globalArgs(this.engine), 'image', 'unmount', END_OF_OPTIONS, image]);
    }
    async unmount(name) {
        await this.exec([...globalArgs(this.engine), 'umount', END_OF_OPTIONS, name]);
    }
    async logs(name) {
        const res = await this.exec([...globalArgs(this.engine), 'logs', END_OF_OPTIONS, name]);
        return res.stdout + res.stderr;
    }
    async kill(name, signal) {
        return this.exec([...globalArgs(this.engine), 'kill', '--signal', signal, END_OF_OPTIONS, name]);
    }
    /** Stops and removes a container (gone already is fine); throws when podman fails. */
    async removeContainer(name) {
        for (const args of removeContainerCommands(name, this.engine))
            await this.checked(args, { timeoutMs: 120_000 });
    }
    /** Whether a container or image still exists (`podman container|image exists`: 0 yes, 1 no). */
    async exists(kind, name) {
        const res = await this.exec([...globalArgs(this.engine), kind, 'exists', END_OF_OPTIONS, name], { timeoutMs: 60_000 });
        if (res.exitCode === 0)
            return true;
        if (res.exitCode === 1)
            return false;
        throw new CommandError(res);
    }
    /**
     * Removes one tag; the layers stay while another image uses them. A tag that is not there (never
     * built, or removed already) is fine; any other failure throws.
     */
    async untag(ref) {
        // `podman untag IMAGE` without a name removes every tag of that image (a base image's too)
        const res = await this.exec([...globalArgs(this.engine), 'untag', END_OF_OPTIONS, ref, ref]);
        if (res.exitCode !== 0 && (await this.exists('image', ref)))
            throw new CommandError(res);
    }
    /** `podman rmi` without force: false when the image is still in use (e.g. a parent of another). */
    async removeImageIfUnused(ref) {
        return (await this.exec([...globalArgs(this.engine), 'rmi', END_OF_OPTIONS, ref])).exitCode === 0;
    }
    async tag(image, ref) {
        await this.checked([...globalArgs(this.engine), 'tag', END_OF_OPTIONS, image, ref]);
    }
}

;// CONCATENATED MODULE: ./src/preflight.ts
/**
 * Preflight: checks the host before anything runs and decides the engine options this host needs.
 * Each failed precondition stops the run with one message that names the fix. The host facts are
 * read by small functions over plain text so they can be table-tested.
 */



class PreflightError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PreflightError';
    }
}
/** CAP_SYS_RESOURCE is bit 24 of the capability sets (linux/capability.h). */
const CAP_SYS_RESOURCE = 24n;
const CGROUP2_SUPER_MAGIC = 0x63677270;
function parseKernel(release) {
    const m = /^(\d+)\.(\d+)/.exec(release);
    return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}
const kernelAtLeast = (release, major, minor) => {
    const [a, b] = parseKernel(release);
    return a > major || (a === major && b >= minor);
};
/** Whether a capability bit is in the `CapBnd:` line of /proc/self/status. */
function hasCapability(status, bit) {
    const m = /^CapBnd:\s*([0-9a-f]+)/m.exec(status);
    return m ? ((BigInt(`0x${m[1]}`) >> bit) & 1n) === 1n : true;
}
/** Hard limit of a resource from /proc/self/limits ("Max open files  1024  20000  files"). */
function hardLimit(limits, resource) {
    const line = limits.split('\n').find((l) => l.startsWith(resource));
    const hard = line?.slice(resource.length).trim().split(/\s+/)[1];
    return hard === undefined || hard === 'unlimited' ? null : Number(hard);
}
/**
 * Without CAP_SYS_RESOURCE the OCI runtime cannot raise RLIMIT_NOFILE/NPROC above the host's hard
 * limits, and podman's defaults (nofile 1048576, nproc = pid_max) exceed them: every container then
 * fails with "error setting rlimits". Explicit ulimits at the hard limits avoid that.
 */
function ulimitsFor(status, limits, pidMax) {
    if (hasCapability(status, CAP_SYS_RESOURCE))
        return [];
    const nofile = hardLimit(limits, 'Max open files') ?? 1048576;
    const nproc = Math.min(hardLimit(limits, 'Max processes') ?? pidMax, pidMax);
    return [`nofile=${nofile}:${nofile}`, `nproc=${nproc}:${nproc}`];
}
/** The client version from `podman version --format json` ({"Client":{"Version":"4.3.1",...}}). */
function parsePodmanVersion(json) {
    const v = JSON.parse(json).Client?.Version;
    return typeof v === 'string' && v ? v : '0';
}
const versionAtLeast = (version, min) => {
    const parts = version.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
    for (let i = 0; i < min.length; i++) {
        const a = parts[i] ?? 0;
        const b = min[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
};
/** Runs every command through `sudo -n` (no prompt: a missing sudo right fails at once). */
function sudoRunner(runner) {
    return (command, args, options) => runner('sudo', ['-n', '--', command, ...args], options);
}
/**
 * The oldest podman that runs the pipeline: 3.4.4 is what Ubuntu 22.04 and GitHub's `ubuntu-22.04`
 * runner ship (actions/runner-images images/ubuntu/Ubuntu2204-Readme.md); the end-to-end tests run
 * the real 3.4.4. Below 3.4, `podman image mount`, `--digestfile` and `save -m` are missing or differ.
 */
const MIN_PODMAN = [3, 4];
/**
 * What `apt-get install -s` (simulate) would do: packages it installs and removes. Its lines read
 * `Inst crun (1.14.1-1 Ubuntu:24.04/noble [amd64])` and `Remv containerd.io [1.7.27-1]`.
 */
function parseAptSimulation(out) {
    const names = (verb) => [...out.matchAll(new RegExp(`^${verb} (\\S+)`, 'gm'))].map((m) => m[1]);
    return { install: names('Inst'), remove: names('Remv') };
}
/**
 * Whether an apt plan would hurt the host. GitHub's runners have Docker with `containerd.io`, which
 * declares Provides/Conflicts/Replaces `runc` (moby#38185, docker/containerd-packaging#63): a plan that
 * installs `runc` removes containerd.io and Docker with it. Nothing may be removed either.
 */
function aptPlanProblem(plan) {
    if (plan.remove.length)
        return `it would remove ${plan.remove.join(', ')}`;
    if (plan.install.includes('runc'))
        return 'it would install runc, which conflicts with Docker\'s containerd.io';
    return null;
}
/**
 * The install commands for a host without podman: `podman` alone, never `runc` (podman depends on
 * `crun | runc`, and apt takes crun, the first alternative, unless something forces runc). `-s`
 * first; the real install only when the simulation neither removes a package nor installs runc, and
 * then with `--no-remove` (apt aborts rather than remove anything) and `--no-upgrade`.
 */
const APT_ENV = 'DEBIAN_FRONTEND=noninteractive';
const podmanInstallCommands = {
    update: ['env', APT_ENV, 'apt-get', 'update', '-q'],
    simulate: ['env', APT_ENV, 'apt-get', 'install', '-s', '--no-upgrade', '--no-remove', 'podman'],
    install: ['env', APT_ENV, 'apt-get', 'install', '-y', '-q', '--no-upgrade', '--no-remove', 'podman'],
};
const MANUAL_INSTALL = 'Fix: install podman yourself (`sudo apt-get install -y --no-remove podman`; never `runc` on a host with Docker), or use a GitHub `ubuntu-22.04`/`ubuntu-24.04` runner, which has podman.';
/** Installs podman with apt-get when it is missing; throws a PreflightError with the fix when it cannot or should not. */
async function installPodman(asRoot, env) {
    const apt = async (argv) => {
        const [cmd, ...args] = argv;
        return asRoot(cmd, args, { timeoutMs: 10 * 60_000, env }).catch((e) => ({ exitCode: 127, stdout: '', stderr: e.message }));
    };
    const update = await apt(podmanInstallCommands.update);
    if (update.exitCode !== 0)
        throw new PreflightError(`podman is not installed, and \`apt-get update\` failed (exit ${update.exitCode}): ${update.stderr.trim().split('\n').slice(-2).join(' ')}. ${MANUAL_INSTALL}`);
    const sim = await apt(podmanInstallCommands.simulate);
    if (sim.exitCode !== 0)
        throw new PreflightError(`podman is not installed, and apt-get cannot install it (exit ${sim.exitCode}): ${sim.stderr.trim().split('\n').slice(-2).join(' ')}. ${MANUAL_INSTALL}`);
    const problem = aptPlanProblem(parseAptSimulation(sim.stdout));
    if (problem)
        throw new PreflightError(`podman is not installed, and checkpoint-image does not install it here: ${problem} (\`apt-get install -s podman\`). ${MANUAL_INSTALL}`);
    const res = await apt(podmanInstallCommands.install);
    if (res.exitCode !== 0)
        throw new PreflightError(`podman is not installed, and \`apt-get install podman\` failed (exit ${res.exitCode}): ${res.stderr.trim().split('\n').slice(-2).join(' ')}. ${MANUAL_INSTALL}`);
}
/**
 * The OCI runtime decision. Cgroup v2 (GitHub's runners: crun 0.17 on 22.04, 1.14 on 24.04): podman's
 * default, nothing forced. v1/hybrid: crun refuses to start containers ("cgroups in hybrid mode not
 * supported"), so runc when it is there (Docker's containerd.io ships one), else stop with the fix.
 */
function ociRuntimeChoice(host) {
    if (host.cgroup === 'v2')
        return { runtime: null, error: null };
    if (host.runc)
        return { runtime: 'runc', error: null };
    if (host.podmanDefault === 'crun') {
        return { runtime: null, error: 'podman uses crun on a cgroup v1/hybrid host, where crun cannot start containers, and runc is not installed. Fix: install runc (`apt-get install -y runc`, on a host without Docker: where Docker\'s containerd.io is installed it already provides /usr/bin/runc), or boot with cgroup v2 (systemd.unified_cgroup_hierarchy=1).' };
    }
    return { runtime: null, error: null };
}
/**
 * Checks kernel, privileges and podman; picks the OCI runtime and ulimits this host needs: runc on a
 * non-unified cgroup host, where crun refuses to start containers ("cgroups in hybrid mode"), and
 * podman's own default elsewhere.
 */
async function preflight(deps = {}) {
    const runner = deps.runner ?? run;
    const readText = deps.readText ?? ((p) => (0,external_node_fs_promises_namespaceObject.readFile)(p, 'utf8'));
    const kernel = deps.kernelRelease ?? external_node_os_default().release();
    const notes = [];
    if (!kernelAtLeast(kernel, 5, 9)) {
        throw new PreflightError(`Kernel ${kernel} is older than 5.9, which added CAP_CHECKPOINT_RESTORE. Fix: use an ubuntu-22.04 or ubuntu-24.04 runner (or another host with kernel 5.9+).`);
    }
    const uid = deps.uid ?? process.getuid?.() ?? 0;
    let sudo = false;
    if (uid !== 0) {
        // GitHub's runners run as a user with passwordless sudo; rootful podman is what CRIU needs
        const probe = await runner('sudo', ['-n', 'true'], { env: deps.env }).catch(() => null);
        if (probe?.exitCode !== 0) {
            throw new PreflightError(`checkpoint-image runs rootful podman: it needs root or passwordless sudo (uid is ${uid}, and \`sudo -n true\` failed). Fix: run as root, or allow this user passwordless sudo.`);
        }
        sudo = true;
        notes.push('not root: podman and CRIU run through sudo.');
    }
    const asRoot = sudo ? sudoRunner(runner) : runner;
    // `podman version`, not `podman info`: info takes about 250 ms (it queries storage, network and
    // runtime), version about 30 ms, and the rest of what info told is read from the host directly
    const version = async () => {
        const res = await asRoot('podman', ['version', '--format', 'json'], { timeoutMs: 60_000, env: deps.env });
        if (res.exitCode !== 0)
            throw new PreflightError(`\`podman version\` failed (exit ${res.exitCode}): ${res.stderr.trim().split('\n').slice(-3).join(' ')}. Fix: repair the podman installation (see the stderr above).`);
        return parsePodmanVersion(res.stdout);
    };
    let podmanVersion;
    try {
        podmanVersion = await version();
    }
    catch (e) {
        if (e instanceof PreflightError)
            throw e;
        // missing: install it with the runner's package manager, as a user would (podman alone)
        if (deps.installPodman === false)
            throw new PreflightError(`podman is not installed (${e.message}). ${MANUAL_INSTALL}`);
        await installPodman(asRoot, deps.env);
        notes.push('podman was missing: installed it with apt-get (podman alone, nothing removed).');
        podmanVersion = await version();
    }
    if (!versionAtLeast(podmanVersion, MIN_PODMAN)) {
        throw new PreflightError(`podman ${podmanVersion} is too old (${MIN_PODMAN.join('.')} or newer is needed). Fix: use an ubuntu-22.04 (podman 3.4.4) or ubuntu-24.04 (podman 4.9) runner, or your distribution's podman 3.4+.`);
    }
    if (!versionAtLeast(podmanVersion, [4, 0])) {
        notes.push(`podman ${podmanVersion}: CNI networking and buildah 1.23 (no Containerfile heredocs, no RUN --mount=type=cache); containers are stopped before removal (no \`rm -t\` before podman 4).`);
    }
    // podman runs as root here (uid 0 or sudo), so it is rootful: what CRIU in a container needs
    const engine = { podmanVersion };
    const cgroupIsV2 = deps.cgroupIsV2 ?? defaultCgroupIsV2;
    const podman = { version: podmanVersion, cgroupVersion: (await cgroupIsV2()) ? 'v2' : 'v1' };
    if (podman.cgroupVersion === 'v1') {
        const runc = (await asRoot('runc', ['--version'], { env: deps.env }).catch(() => null))?.exitCode === 0;
        // podman's default runtime only matters (and is only asked, about 250 ms) when runc is missing
        const podmanDefault = runc ? null : ((await asRoot('podman', ['info', '--format', '{{.Host.OCIRuntime.Name}}'], { timeoutMs: 60_000, env: deps.env }).catch(() => null))?.stdout.trim() ?? null);
        const choice = ociRuntimeChoice({ cgroup: 'v1', runc, podmanDefault });
        if (choice.error)
            throw new PreflightError(choice.error);
        if (choice.runtime) {
            engine.ociRuntime = choice.runtime;
            notes.push('cgroups are v1/hybrid, where crun refuses to start containers: using the runc OCI runtime.');
        }
    }
    const [status, limits, pidMax] = await Promise.all([
        readText('/proc/self/status'),
        readText('/proc/self/limits'),
        readText('/proc/sys/kernel/pid_max').then(Number),
    ]);
    engine.ulimits = ulimitsFor(status, limits, pidMax);
    if (engine.ulimits.length)
        notes.push(`no CAP_SYS_RESOURCE on this host: containers get ${engine.ulimits.join(', ')}.`);
    return { kernel, podman, engine, notes, sudo, runner: asRoot };
}
async function defaultCgroupIsV2() {
    try {
        return (await (0,external_node_fs_promises_namespaceObject.statfs)('/sys/fs/cgroup')).type === CGROUP2_SUPER_MAGIC;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/resources.ts
/**
 * What a run created and must remove: containers, temporary image tags, the registry auth file.
 * The action saves a snapshot in its state after every change, so the post step can clean up after a
 * cancelled or crashed main step. Cleanup is idempotent and never throws.
 */

const emptySnapshot = () => ({ containers: [], tempTags: [], secretPaths: [] });
class Resources {
    state = emptySnapshot();
    onChange;
    constructor(onChange = () => undefined) {
        this.onChange = onChange;
    }
    add(key, value) {
        if (!this.state[key].includes(value))
            this.state[key].push(value);
        this.onChange(this.snapshot());
    }
    drop(key, value) {
        this.state[key] = this.state[key].filter((v) => v !== value);
        this.onChange(this.snapshot());
    }
    container(name) {
        this.add('containers', name);
    }
    tempTag(ref) {
        this.add('tempTags', ref);
    }
    secretPath(p) {
        this.add('secretPaths', p);
    }
    released(key, value) {
        this.drop(key, value);
    }
    snapshot() {
        return { containers: [...this.state.containers], tempTags: [...this.state.tempTags], secretPaths: [...this.state.secretPaths] };
    }
}
/**
 * Removes everything in the snapshot; returns what could not be removed (each removal throws when
 * podman fails). Whether anything is really gone is checked afterwards by `remainsOfRun`.
 */
async function cleanup(podman, snap) {
    const failures = [];
    const attempt = async (what, fn) => {
        try {
            await fn();
        }
        catch (e) {
            failures.push(`${what}: ${e.message}`);
        }
    };
    for (const c of snap.containers) {
        await attempt(`container ${c}`, async () => {
            await podman.unmount(c);
            await podman.removeContainer(c);
        });
    }
    // newest first (the restore image before the build it sits on); rmi drops an image nothing else
    // uses, and where another image still builds on it only the tag goes
    for (const t of [...snap.tempTags].reverse())
        await attempt(`image tag ${t}`, async () => (await podman.removeImageIfUnused(t)) || podman.untag(t));
    for (const p of snap.secretPaths)
        await attempt(`secret file ${p}`, () => (0,external_node_fs_promises_namespaceObject.rm)(p, { recursive: true, force: true }));
    return failures;
}

;// CONCATENATED MODULE: ./src/pipeline/context.ts
const PHASES = (/* unused pure expression or super */ null && (['setup', 'build', 'checkpoint', 'commit', 'verify', 'push']));
/** A step failure that carries the stage for the diagnosis. */
class PhaseError extends Error {
    phase;
    stage;
    constructor(phase, stage, message) {
        super(message);
        this.name = 'PhaseError';
        this.phase = phase;
        this.stage = stage;
    }
}
const containerName = (ctx, role) => `checkpoint-image-${ctx.runId}-${role}`;
const unique = (xs) => [...new Set(xs)];

;// CONCATENATED MODULE: ./src/launcher.ts
/**
 * The launcher: PID 1 of the checkpoint container for runtimes that need one. It pushes PIDs above
 * `min-pid` (so the restored process's PID is free in a new container, where CRIU itself is PID 1),
 * starts the app as its child with stdio in files that go into the image (pipes to conmon would not
 * exist at restore), and on SIGUSR1 runs `criu dump` on the app. It is a fixed POSIX sh script passed
 * as `sh -c SCRIPT launcher ARGS...`: user values arrive as positional parameters, never as shell text.
 */
/** Where the launcher keeps the app's output, PID and CRIU's console output inside the container. */
const LAUNCHER_STATE_DIR = '/var/lib/checkpoint-image';
const LAUNCHER_SCRIPT = `set -u
state=$1 min_pid=$2 dir=$3 java_opts=$4 opts_var=$5 checkpoint_id=$6; shift 6
criu_flags=""
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do criu_flags="$criu_flags $1"; shift; done
[ "$#" -gt 0 ] && shift
for d in "$state" "$dir"; do
  # an image whose USER is not root gets these folders, owned by that user, from userLayerContainerfile
  [ -d "$d" ] && [ -w "$d" ] && continue
  mkdir -p "$d" 2>/dev/null && [ -w "$d" ] && continue
  echo "checkpoint-image launcher: cannot create or write $d as the image's user" >&2
  exit 70
done
n=$(sh -c 'echo $$')
while [ "$n" -lt "$min_pid" ]; do ( : ); n=$((n + 1)); done
if [ -n "$java_opts" ]; then
  case $opts_var in
    JDK_JAVA_OPTIONS) JDK_JAVA_OPTIONS="\${JDK_JAVA_OPTIONS:+$JDK_JAVA_OPTIONS }$java_opts"; export JDK_JAVA_OPTIONS ;;
    *) JAVA_TOOL_OPTIONS="\${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }$java_opts"; export JAVA_TOOL_OPTIONS ;;
  esac
fi
# only the checkpointed process (and so the restored one) carries this id: verify's proof of a restore
CHECKPOINT_IMAGE_CHECKPOINT=$checkpoint_id "$@" </dev/null >"$state/app.log" 2>&1 &
app=$!
echo "$app" >"$state/app.pid"
echo "checkpoint-image launcher: app pid $app"
dump=0
trap 'dump=1' USR1
trap 'kill -TERM "$app" 2>/dev/null' TERM INT
while :; do
  wait "$app"; rc=$?
  if [ "$dump" = 1 ]; then
    # no criu --tcp-established: a connection open at checkpoint time cannot be restored in a new
    # container, so CRIU's refusal is the better failure (the pipeline closes its own probes)
    criu dump -t "$app" -D "$dir" --shell-job --unprivileged -v4 -o "$state/dump.log" $criu_flags \\
      </dev/null >"$state/criu-dump.out" 2>&1
    rc=$?
    echo "checkpoint-image launcher: criu dump exit $rc"
    [ "$rc" -ne 0 ] && kill -9 "$app" 2>/dev/null
    exit "$rc"
  fi
  kill -0 "$app" 2>/dev/null || break
done
# The app was checkpointed by a CRIU this launcher did not start (jcmd, the app itself): CRIU kills
# the app before it writes its last log lines, and exiting now would stop the container under it.
n=0
while [ "$n" -lt 100 ]; do
  busy=0
  for p in /proc/[0-9]*; do
    read -r comm <"$p/comm" 2>/dev/null || continue
    case "$comm" in criu*) busy=1; break ;; esac
  done
  [ "$busy" = 0 ] && break
  sleep 0.1 2>/dev/null || :
  n=$((n + 1))
done
echo "checkpoint-image launcher: app exit $rc"
exit "$rc"
`;
/** Entrypoint and command for `podman run` that start `command` under the launcher. */
function launcherInvocation(args) {
    if (args.command.length === 0) {
        throw new Error('The image has neither ENTRYPOINT nor CMD, so there is no app to start. Fix: give the image a CMD (e.g. `CMD ["java", "-jar", "/app.jar"]`).');
    }
    return {
        entrypoint: ['/bin/sh', '-c', LAUNCHER_SCRIPT, 'checkpoint-image-launcher'],
        command: [
            LAUNCHER_STATE_DIR,
            String(args.minPid),
            args.checkpointDir,
            args.javaOptions,
            args.javaOptionsEnv ?? 'JAVA_TOOL_OPTIONS',
            args.checkpointId ?? '',
            ...args.criuFlags,
            '--',
            ...args.command,
        ],
    };
}
/** True when a Containerfile `USER` value (`name`, `uid`, `uid:gid`) is not root. */
function isNonRootUser(user) {
    const u = (user ?? '').split(':')[0].trim();
    return u !== '' && u !== '0' && u !== 'root';
}
/**
 * The Containerfile of a one-layer image over `image` in which the launcher's folders exist and
 * belong to the image's (non-root) USER: as that user the launcher cannot create them under / or
 * /opt (Semeru's images end with `USER 1001`). Exec-form RUN: the folders never pass through a shell.
 */
function userLayerContainerfile(image, user, dirs) {
    return [
        `FROM ${image}`,
        'USER 0',
        `RUN ${JSON.stringify(['mkdir', '-p', ...dirs])}`,
        `RUN ${JSON.stringify(['chown', user, ...dirs])}`,
        `USER ${user}`,
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/pipeline/logs.ts
/**
 * Log collection: everything that explains a checkpoint or restore (podman's view, the launcher's
 * and the app's output, CRIU's and the runtime's log files) is copied into the run's log folder and
 * kept for the diagnosis. Secrets are stripped before anything is written.
 */



/** Values that must never reach a log file (registry password, user-declared secrets). */
const secrets = new Set();
function registerSecret(value) {
    if (value && value.length >= 3)
        secrets.add(value);
}
/** Environment variable names whose values are treated as secrets in logs. */
const SECRET_NAME = /TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;
const isSecretName = (name) => SECRET_NAME.test(name);
/** Registers the values of secret-looking variables (the job's and the checkpoint run's `env`). */
function registerSecretEnv(...envs) {
    for (const env of envs) {
        for (const [k, v] of Object.entries(env))
            if (SECRET_NAME.test(k) && v && v.length >= 6)
                registerSecret(v);
    }
}
function redact(text) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
}
/** Writes one log into `<logDir>/<folder>/<name>` and records it for the diagnosis. */
async function saveLog(ctx, folder, name, content, stage) {
    const dir = external_node_path_default().join(ctx.logDir, folder);
    await (0,external_node_fs_promises_namespaceObject.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, name.replace(/[^A-Za-z0-9._-]/g, '_'));
    const clean = redact(content);
    await (0,external_node_fs_promises_namespaceObject.writeFile)(file, clean);
    ctx.logs.push({ path: file, content: clean, stage });
    return file;
}
/** In-container paths of the logs a runtime writes, for a container started with the launcher or not. */
function logPaths(ctx) {
    const launcher = ctx.profile.launcher ? ['app.log', 'criu-dump.out', 'dump.log'].map((f) => external_node_path_default().posix.join(LAUNCHER_STATE_DIR, f)) : [];
    return [...launcher, ...runtimeLogPaths(ctx)];
}
/** In-container paths of the runtime's own log files (relative ones live in the checkpoint dir). */
function runtimeLogPaths(ctx) {
    return ctx.profile.logFiles.map((f) => (f.startsWith('/') ? f : external_node_path_default().posix.join(ctx.config.checkpointDir, f)));
}
/**
 * Copies a container's logs (also from a stopped container): `podman logs`, `podman inspect` state
 * and the runtime's files under its mount point.
 */
async function collectContainerLogs(ctx, container, folder, stage, mountPoint, options = {}) {
    const collected = [];
    // `outputLater`: the caller does not wait for podman's copy of the output (it judges by the files)
    (options.outputLater ?? collected).push(ctx.podman.logs(container).then((text) => saveLog(ctx, folder, 'container-output.log', text, stage)));
    // the state (exit code, OOM kill) explains failures; a run that went well skips the podman call
    if (options.state !== false) {
        collected.push(ctx.podman.containerState(container).then((st) => saveLog(ctx, folder, 'podman-state.json', JSON.stringify(st, null, 2), stage)));
    }
    if (mountPoint) {
        const paths = logPaths(ctx);
        const names = paths.map((p) => external_node_path_default().posix.basename(p));
        paths.forEach((p, i) => {
            // the same basename in two places (Liberty's messages.log) keeps its path in the name
            const name = names.indexOf(names[i] ?? '') === names.lastIndexOf(names[i] ?? '') ? (names[i] ?? p) : p.slice(1);
            collected.push(ctx.files.read(external_node_path_default().join(mountPoint, p)).then((text) => (text === null ? undefined : saveLog(ctx, folder, name, text, stage))));
        });
    }
    await Promise.allSettled(collected);
}

;// CONCATENATED MODULE: ./src/pipeline/base-images.ts
/**
 * Base-image cache: the images a Containerfile builds FROM are saved with `podman save` after a
 * build and loaded with `podman load` before the next one, through a small ImageCache interface
 * (the action implements it with @actions/cache; the library and the CLI have none by default).
 * The key holds each image's digest, so a moved tag (a new JDK build) is a cache miss.
 */





/** An ImageCache in a local folder (self-hosted runners, the CLI, tests). */
function directoryImageCache(dir) {
    const at = (key) => path.join(dir, `${key}.tar`);
    return {
        async restore(key, file) {
            return copyFile(at(key), file).then(() => true, () => false);
        },
        async save(key, file) {
            await mkdir(dir, { recursive: true });
            await copyFile(file, at(key));
        },
    };
}
/**
 * The external images a Containerfile builds FROM, with `ARG` defaults and build args substituted;
 * `scratch` and earlier stages (`FROM base AS x` … `FROM x`) are not images to fetch.
 */
function baseImagesOf(containerfile, buildArgs = {}) {
    const args = {};
    const stages = new Set();
    const images = [];
    // join continuation lines, drop comments
    const lines = containerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const expand = (v) => v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a, def, b) => args[a ?? b] ?? def ?? '');
    for (const line of lines) {
        const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/i.exec(line);
        if (arg) {
            const name = arg[1];
            args[name] = buildArgs[name] ?? (arg[2] !== undefined ? expand(arg[2].replace(/^"(.*)"$/, '$1')) : (args[name] ?? ''));
            continue;
        }
        const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
        if (!from)
            continue;
        const image = expand(from[1]);
        if (image && image !== 'scratch' && !stages.has(image.toLowerCase()) && !images.includes(image))
            images.push(image);
        if (from[2])
            stages.add(from[2].toLowerCase());
    }
    return images;
}
/** Cache key: the image references and their digests (unknown digests key by name only). */
function cacheKey(images) {
    const h = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const i of images)
        h.update(`${i.ref}@${i.digest ?? 'unknown'}\n`);
    return `checkpoint-image-bases-${h.digest('hex').slice(0, 32)}`;
}
/** `podman save` of several images into one archive that loads back as all of them (pure: table-tested). */
function saveImagesArgs(file, images) {
    return ['save', '--quiet', '-m', '--output', file, END_OF_OPTIONS, ...images];
}
/** The remote digest of a reference without pulling it (`skopeo inspect`), or null. */
async function remoteDigest(ctx, ref) {
    if (ref.startsWith('localhost/'))
        return null;
    const res = await ctx.podman.runner('skopeo', ['inspect', `--tls-verify=${ctx.config.tlsVerify}`, '--format', '{{.Digest}}', `docker://${ref}`], { timeoutMs: 60_000 }).catch(() => null);
    const digest = res?.exitCode === 0 ? res.stdout.trim() : '';
    return /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : null;
}
/**
 * Restores the base images before the build. Returns a `save` to call after a successful build on
 * a miss. Every failure is reported as a warning: a cache never fails a run.
 */
async function restoreBaseImages(ctx, containerfile, cache) {
    const text = await (0,external_node_fs_promises_namespaceObject.readFile)(containerfile, 'utf8');
    const images = baseImagesOf(text, ctx.config.buildArgs);
    const result = { images, key: null, hit: false, ms: 0, bytes: 0 };
    const none = { result, save: async () => undefined };
    if (!images.length)
        return none;
    const missing = [];
    for (const ref of images)
        if ((await ctx.podman.exec(['image', 'exists', END_OF_OPTIONS, ref])).exitCode !== 0)
            missing.push(ref);
    if (!missing.length)
        return none;
    const digests = await Promise.all(missing.map(async (ref) => ({ ref, digest: await remoteDigest(ctx, ref) })));
    const key = cacheKey(digests);
    result.key = key;
    // the same path for the same key: the GitHub cache restores to the path it saved from
    // per user without RUNNER_TEMP: a folder shared by all users would refuse all but its creator
    const dir = external_node_path_default().join(process.env.RUNNER_TEMP || external_node_path_default().join(external_node_os_default().tmpdir(), `checkpoint-image-cache-${process.getuid?.() ?? 'user'}`), 'checkpoint-image-cache', key);
    await (0,external_node_fs_promises_namespaceObject.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, 'base-images.tar');
    const started = Date.now();
    try {
        if (await cache.restore(key, file)) {
            const load = await ctx.podman.exec(['load', '--quiet', '--input', file], { timeoutMs: 15 * 60_000 });
            result.hit = load.exitCode === 0;
            result.bytes = (await (0,external_node_fs_promises_namespaceObject.stat)(file).catch(() => null))?.size ?? 0;
            result.ms = Date.now() - started;
            if (!result.hit)
                ctx.reporter.warning(`base-image cache: podman load failed: ${load.stderr.trim()}`);
            else
                ctx.reporter.info(`base-image cache hit (${key}): loaded ${missing.join(', ')}, ${(result.bytes / 1e6).toFixed(0)} MB in ${result.ms} ms`);
        }
    }
    catch (e) {
        ctx.reporter.warning(`base-image cache: restore failed: ${e.message}`);
    }
    if (result.hit) {
        await (0,external_node_fs_promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        return none;
    }
    return {
        result,
        save: async () => {
            const t0 = Date.now();
            try {
                // -m (--multi-image-archive): without it `podman save -o F img1 img2` writes img1 alone and
                // records img2 as one more tag of it (containers/podman cmd/podman/images/save.go,
                // pkg/domain/infra/abi/images.go, v3.4.4 and main), so a second base image came back as the first
                const res = await ctx.podman.exec(saveImagesArgs(file, missing), { timeoutMs: 15 * 60_000 });
                if (res.exitCode !== 0)
                    throw new Error(res.stderr.trim());
                result.bytes = (await (0,external_node_fs_promises_namespaceObject.stat)(file)).size;
                await cache.save(key, file);
                result.ms = Date.now() - t0;
                ctx.reporter.info(`base-image cache saved (${key}): ${missing.join(', ')}, ${(result.bytes / 1e6).toFixed(0)} MB in ${result.ms} ms`);
            }
            catch (e) {
                ctx.reporter.warning(`base-image cache: save failed: ${e.message}`);
            }
            finally {
                await (0,external_node_fs_promises_namespaceObject.rm)(dir, { recursive: true, force: true });
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/pipeline/build.ts
/** Build: the app image from a Containerfile (or an existing `source-image`), under a temporary tag. */







/** The Containerfile to use: the input, else `Containerfile` or `Dockerfile` in the context. */
async function resolveContainerfile(context, containerfile) {
    const candidates = containerfile ? [containerfile] : [external_node_path_default().join(context, 'Containerfile'), external_node_path_default().join(context, 'Dockerfile')];
    for (const c of candidates) {
        if (await (0,external_node_fs_promises_namespaceObject.access)(c).then(() => true, () => false))
            return c;
    }
    throw new PhaseError('build', 'setup', containerfile
        ? `Input "containerfile": ${containerfile} does not exist. Fix: give a path relative to the working directory (${process.cwd()}).`
        : `Input "context": ${context} has no Containerfile or Dockerfile. Fix: add one, or set \`containerfile\`, or checkpoint an existing image with \`source-image\`.`);
}
async function build(ctx, cache = null) {
    const { config, podman, reporter } = ctx;
    if (config.sourceImage) {
        const cfg = await podman.imageConfig(config.sourceImage).catch(async () => {
            reporter.info(`pulling ${config.sourceImage}`);
            await podman.checked(['pull', '--quiet', END_OF_OPTIONS, config.sourceImage], { timeoutMs: 15 * 60_000 });
            return podman.imageConfig(config.sourceImage);
        });
        return { image: config.sourceImage, config: cfg, built: false, containerfile: null };
    }
    const containerfile = await resolveContainerfile(config.context, config.containerfile);
    const tag = `localhost/checkpoint-image-tmp:${ctx.runId}`;
    const cached = cache ? await restoreBaseImages(ctx, containerfile, cache) : null;
    ctx.resources.tempTag(tag);
    try {
        const res = await podman.build({ tag, context: config.context, containerfile, buildArgs: config.buildArgs, tlsVerify: config.tlsVerify }, { onLine: (line) => reporter.info(line), timeoutMs: 60 * 60_000 });
        await saveLog(ctx, 'build', 'podman-build.log', res.stdout + res.stderr, 'setup');
    }
    catch (e) {
        if (e instanceof CommandError) {
            await saveLog(ctx, 'build', 'podman-build.log', e.result.stdout + e.result.stderr, 'setup');
            throw new PhaseError('build', 'setup', `podman build failed (exit ${e.result.exitCode}). The build output is in the log above and in ${ctx.logDir}/build/podman-build.log.`);
        }
        throw e;
    }
    await cached?.save();
    return { image: tag, config: await podman.imageConfig(tag), built: true, containerfile, baseImageCache: cached?.result ?? null };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/readiness.ts
/**
 * Readiness, noticed as soon as it shows (never a fixed sleep): HTTP probes at short intervals, log
 * lines as they are written. Every HTTP probe uses a fresh
 * connection with `Connection: close`: a keep-alive connection still open when CRIU dumps the app
 * cannot be restored in a new container.
 */



const POLL_MS = 25;
/** Probe interval when a start is timed: a restore answers within about 100 ms of `podman run` returning, so 25 ms steps would add about 12 ms of rounding to it. */
const TIMED_POLL_MS = 10;
/**
 * One GET on loopback; resolves null on connection errors or timeouts. `timeoutMs` bounds the TCP
 * connect; once connected the app has accepted the probe, and its first answer may take longer (class
 * loading, a JIT-less first request under load): it gets `responseTimeoutMs` (default `timeoutMs`).
 * A readiness probe given up after a short timeout and sent again loses the answer it was waiting for
 * (the bench saw a 1 s timeout add about a second to the readiness of an app answering in 1.5 s).
 */
function httpGet(port, path, timeoutMs = 2000, options = {}) {
    return new Promise((resolve) => {
        if (options.signal?.aborted)
            return resolve(null);
        const req = external_node_http_default().get({ host: '127.0.0.1', port, path, agent: false, headers: { Connection: 'close' }, timeout: timeoutMs, signal: options.signal }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (c) => {
                if (body.length < 65536)
                    body += c;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            res.on('error', () => resolve(null));
        });
        req.on('socket', (socket) => {
            if (options.responseTimeoutMs === undefined)
                return;
            const connected = () => socket.setTimeout(options.responseTimeoutMs);
            if (socket.connecting)
                socket.once('connect', connected);
            else
                connected();
        });
        req.on('timeout', () => req.destroy());
        req.on('error', () => resolve(null));
    });
}
const isSuccess = (r) => !!r && r.status >= 200 && r.status < 400;
/** Polls `probe` until it yields a value, the timeout passes, or `abort` resolves. */
async function pollUntil(probe, options) {
    const started = Date.now();
    let aborted = null;
    void options.abort?.then((reason) => {
        aborted = reason;
    });
    while (true) {
        const value = await probe();
        const elapsedMs = Date.now() - started;
        if (value !== null)
            return { ok: true, value, elapsedMs };
        if (aborted !== null)
            return { ok: false, reason: aborted, elapsedMs, timedOut: false };
        if (elapsedMs >= options.timeoutMs)
            return { ok: false, reason: `not ready after ${Math.round(options.timeoutMs / 1000)} s`, elapsedMs, timedOut: true };
        await (0,promises_namespaceObject.setTimeout)(options.intervalMs ?? POLL_MS);
    }
}
/** How long a readiness probe may take to connect; once connected it waits for the answer (see httpGet). */
const CONNECT_TIMEOUT_MS = 1000;
/**
 * Polls a URL until it answers 2xx/3xx. A probe that connected waits for its answer until the overall
 * timeout or the abort, never a short per-probe timeout: the first request of a JVM that just opened
 * its port is slow, and a probe sent again would only queue behind the one given up.
 */
function waitForHttp(port, path, options) {
    const deadline = Date.now() + options.timeoutMs;
    const stop = new AbortController();
    void options.abort?.then(() => stop.abort());
    return pollUntil(async () => {
        const r = await httpGet(port, path, CONNECT_TIMEOUT_MS, { responseTimeoutMs: Math.max(CONNECT_TIMEOUT_MS, deadline - Date.now()), signal: stop.signal });
        return isSuccess(r) ? r : null;
    }, options).finally(() => stop.abort());
}
/** Waits until `read()` returns text matching `pattern` (polled: for sources that cannot be followed). */
function waitForLog(read, pattern, options) {
    return pollUntil(async () => {
        const text = await read();
        const m = text ? pattern.exec(text) : null;
        return m ? m[0] : null;
    }, options);
}
/**
 * Waits until the followed log matches `pattern`, checked on every line as it arrives (no poll
 * interval). The whole text so far is matched, as `waitForLog` does, so a multi-line pattern works
 * the same. When the follower ends without a match (it could not start, or the stream closed) and
 * nothing aborted, `fallback` is polled instead.
 */
function followLog(follow, pattern, options) {
    const started = Date.now();
    const stop = new AbortController();
    return new Promise((resolve) => {
        let text = '';
        let done = false;
        const finish = (o) => {
            if (done)
                return;
            done = true;
            stop.abort();
            clearTimeout(timer);
            resolve(o);
        };
        const timer = setTimeout(() => finish({ ok: false, reason: `not ready after ${Math.round(options.timeoutMs / 1000)} s`, elapsedMs: Date.now() - started, timedOut: true }), options.timeoutMs);
        void options.abort?.then((reason) => finish({ ok: false, reason, elapsedMs: Date.now() - started, timedOut: false }));
        const onLine = (line) => {
            if (done)
                return;
            text += `${line}\n`;
            const m = pattern.exec(text);
            if (m)
                finish({ ok: true, value: m[0], elapsedMs: Date.now() - started });
        };
        const ended = () => {
            if (done)
                return;
            const left = options.timeoutMs - (Date.now() - started);
            if (!options.fallback)
                return finish({ ok: false, reason: 'the log stream ended before the line appeared', elapsedMs: Date.now() - started, timedOut: false });
            void waitForLog(options.fallback, pattern, { ...options, timeoutMs: Math.max(0, left) }).then((o) => finish({ ...o, elapsedMs: Date.now() - started }));
        };
        follow(onLine, stop.signal).then(ended, ended);
    });
}
/** Waits for every one of `waits` (started together); fails as soon as one fails. */
async function allReady(waits) {
    const started = Date.now();
    let cancel = () => undefined;
    const cancelled = new Promise((r) => (cancel = r));
    const outcomes = waits.map((w) => w(cancelled).then((o) => {
        if (!o.ok)
            cancel(o.reason);
        return o;
    }));
    const all = await Promise.all(outcomes);
    const failed = all.find((o) => !o.ok);
    if (failed && !failed.ok)
        return { ...failed, elapsedMs: Date.now() - started };
    return { ok: true, value: all.map((o) => (o.ok ? o.value : null)), elapsedMs: Date.now() - started };
}
/** A free TCP port on 127.0.0.1 (the OS picks it). */
function freePort() {
    return new Promise((resolve, reject) => {
        const srv = external_node_net_default().createServer();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}

;// CONCATENATED MODULE: ./src/pipeline/checkpoint.ts
/**
 * Checkpoint run: start the image with exactly what the runtime needs, wait until the app is ready,
 * warm it up, trigger the checkpoint the runtime's way, and judge the result by the runtime's own
 * markers (exit status, CRIU's image files, `Dumping finished successfully`), never by the absence
 * of `Error (` lines (CRIU prints harmless ones).
 */








/** Options of the checkpoint container: the runtime's minimum plus what the user added. */
function checkpointRunOptions(ctx) {
    const { config, profile } = ctx;
    const dir = config.checkpointDir;
    const javaOptions = [...profile.checkpoint.javaOptions(dir), config.javaOptions].filter(Boolean).join(' ');
    const javaOptionsEnv = profile.checkpoint.javaOptionsEnv ?? 'JAVA_TOOL_OPTIONS';
    const env = { ...profile.checkpoint.env(dir), ...config.env };
    // without the launcher the JVM still picks its options up from the environment
    if (!profile.launcher && javaOptions)
        env[javaOptionsEnv] = javaOptions;
    return {
        capAdd: unique([...profile.checkpoint.capAdd, ...config.capAdd]),
        securityOpt: unique([...profile.checkpoint.securityOpt, ...config.securityOpt]),
        env,
        javaOptions,
        javaOptionsEnv,
    };
}
/**
 * The first JVM option the runtime cannot work with, with the reason, among the options the JVM will
 * see: the checkpoint run's, and the option variables of the image and of `env`. Null when none.
 */
function unsupportedJavaOption(profile, javaOptions, envs) {
    const texts = [javaOptions, ...envs.flatMap((e) => [e.JAVA_TOOL_OPTIONS ?? '', e.JDK_JAVA_OPTIONS ?? ''])];
    for (const { pattern, reason } of profile.checkpoint.unsupportedOptions ?? []) {
        for (const t of texts) {
            const m = pattern.exec(t);
            if (m)
                return `JVM option ${m[0]}: ${reason}`;
        }
    }
    return null;
}
/**
 * What `jcmd <pid> JDK.checkpoint` answered when the JVM refused to checkpoint (the JVM then keeps
 * running, so waiting for its exit would only run into the timeout): the exception lines, or null.
 */
function jcmdRefusal(output) {
    if (!/An exception during a checkpoint operation|CheckpointException/.test(output))
        return null;
    const causes = output
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('Suppressed: '))
        .map((l) => l.slice('Suppressed: '.length));
    const first = output.split('\n').find((l) => /Exception/.test(l))?.trim() ?? 'CheckpointException';
    return causes.length ? causes.join('; ') : first;
}
// --- readiness wait (h12c) ---
/**
 * Follows the app's output as it is written: the launcher's app.log through `tail -F` (one process
 * that polls the file itself: no command per check, which under sudo cost a `sudo cat` every 25 ms),
 * else the container's output through `podman logs --follow`. Both run as the pipeline's podman does
 * (through sudo when not root), and stop with `signal`.
 */
function appLogFollower(ctx, name, mountPoint) {
    const { podman, profile } = ctx;
    return async (onLine, signal) => {
        if (!profile.launcher) {
            return podman.exec([...globalArgs(podman.engine), 'logs', '--follow', END_OF_OPTIONS, name], { onLine: (l) => onLine(l), signal });
        }
        const mp = await mountPoint;
        if (!mp)
            throw new Error('the container is not mounted');
        // GNU tail polls files on overlayfs (no inotify there) every -s seconds, in its own process
        return podman.runner('tail', appLogTailArgs(external_node_path_default().join(mp, LAUNCHER_STATE_DIR, 'app.log')), { onLine: (l, stream) => stream === 'stdout' && onLine(l), signal });
    };
}
/** `tail` arguments that follow a file from its first line, also before it exists (pure: table-tested). */
function appLogTailArgs(file) {
    return ['-F', '-n', '+1', '-s', String(POLL_MS / 1000), '--', file];
}
/**
 * Waits for `ready-url` and/or `ready-log`, both watched from the start: when both are given, ready is
 * when the later of the two shows. Gives up when the container exits.
 */
async function awaitReadiness(ctx, probePath, hostPort, follow, readAppLog, exitReason) {
    const { config } = ctx;
    const waits = [];
    const options = (cancel) => ({ timeoutMs: config.readyTimeoutMs, abort: Promise.race([exitReason, cancel]) });
    if (probePath && hostPort)
        waits.push((cancel) => waitForHttp(hostPort, probePath, options(cancel)));
    if (config.readyLog) {
        const pattern = new RegExp(config.readyLog, 'm');
        waits.push((cancel) => followLog(follow, pattern, { ...options(cancel), fallback: readAppLog }));
    }
    return waits.length ? allReady(waits) : { ok: true, value: null, elapsedMs: 0 };
}
// --- end readiness wait (h12c) ---
/** Sequential warm-up requests, each on its own closed connection. */
async function warmUp(ctx, hostPort) {
    const { config, reporter } = ctx;
    const w0 = Date.now();
    let failed = 0;
    for (let i = 0; i < config.warmupRequests; i++) {
        if (!isSuccess(await httpGet(hostPort, config.warmupPath ?? '/', 10_000)))
            failed++;
    }
    const ms = Date.now() - w0;
    reporter.info(`warm-up: ${config.warmupRequests} requests to ${config.warmupPath} in ${ms} ms${failed ? ` (${failed} failed)` : ''}`);
    return ms;
}
/** Failure lines the runtimes print when a checkpoint they took themselves failed. */
const DUMP_FAILED = /Dumping FAILED\.|CheckpointException|CWWKC0453E/;
/** The first failure line in the app's output or the runtime's logs, or null. */
async function dumpFailure(ctx, mountPoint, readAppLog) {
    const texts = [await readAppLog(), ...(mountPoint ? await Promise.all(logPaths(ctx).map((p) => ctx.files.read(external_node_path_default().join(mountPoint, p)))) : [])];
    for (const t of texts) {
        const line = t?.split('\n').find((l) => DUMP_FAILED.test(l));
        if (line)
            return line.trim();
    }
    return null;
}
/** Triggers the checkpoint the runtime's way; returns a failure message or null. */
async function sendTrigger(ctx, name, mountPoint) {
    const { config, podman, reporter } = ctx;
    if (config.trigger === 'criu') {
        const k = await podman.kill(name, 'USR1');
        return k.exitCode === 0 ? null : `Could not signal the launcher to checkpoint: ${k.stderr.trim()}`;
    }
    if (config.trigger === 'jcmd') {
        const pid = mountPoint ? (await ctx.files.read(external_node_path_default().join(mountPoint, LAUNCHER_STATE_DIR, 'app.pid')))?.trim() : null;
        if (!pid)
            return 'The launcher did not record the app PID, so jcmd has no target.';
        // the JVM dies during its checkpoint, so jcmd's own exit code proves nothing: the exit of the
        // container and CRIU's markers decide; jcmd's output is kept for the diagnosis
        const j = await podman.exec(['exec', name, 'jcmd', pid, 'JDK.checkpoint'], { timeoutMs: config.checkpointTimeoutMs });
        await saveLog(ctx, 'checkpoint', 'jcmd.out', `$ jcmd ${pid} JDK.checkpoint (exit ${j.exitCode})\n${j.stdout}${j.stderr}`, 'checkpoint');
        reporter.info(`jcmd ${pid} JDK.checkpoint: exit ${j.exitCode} ${j.stdout.trim().split('\n')[0] ?? ''}`);
        const refusal = jcmdRefusal(`${j.stdout}\n${j.stderr}`);
        if (refusal) {
            return `The JVM refused the checkpoint; jcmd JDK.checkpoint answered: ${refusal}. CRaC does not checkpoint a JVM with files or sockets the application opened (listening sockets included): close them in an org.crac Resource's beforeCheckpoint and reopen them in afterRestore (Spring Boot 3.2+ stops its web server itself). The full answer is in checkpoint/jcmd.out.`;
        }
    }
    return null;
}
/**
 * The image the checkpoint runs: the built one, or for a launcher runtime on an image whose USER is
 * not root, one more layer in which the launcher's folders belong to that user.
 */
async function checkpointImage(ctx, built) {
    const { config, profile, podman, reporter } = ctx;
    const user = built.config.user ?? '';
    if (!profile.launcher || !isNonRootUser(user))
        return built.image;
    const tag = `localhost/checkpoint-image-tmp:${ctx.runId}-user`;
    const dir = await (0,external_node_fs_promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'checkpoint-image-user-'));
    try {
        await (0,external_node_fs_promises_namespaceObject.writeFile)(external_node_path_default().join(dir, 'Containerfile'), userLayerContainerfile(built.config.id || built.image, user, [LAUNCHER_STATE_DIR, config.checkpointDir]));
        ctx.resources.tempTag(tag);
        const res = await podman.build({ tag, context: dir, tlsVerify: config.tlsVerify }, { timeoutMs: 10 * 60_000 }).catch((e) => e);
        if (res instanceof Error) {
            throw new PhaseError('checkpoint', 'checkpoint', `The image runs as USER ${user}, and the layer that gives that user ${LAUNCHER_STATE_DIR} and ${config.checkpointDir} could not be built (${res.message.split('\n')[0]}). Fix: create both folders owned by ${user} in your Containerfile (\`USER 0\`, \`RUN mkdir -p ... && chown ${user} ...\`, \`USER ${user}\`).`);
        }
    }
    finally {
        await (0,external_node_fs_promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
    reporter.info(`the image runs as USER ${user}: ${LAUNCHER_STATE_DIR} and ${config.checkpointDir} are given to that user in one more layer; the restore image runs CRIU as root, which restores the app as ${user}`);
    return tag;
}
/** `triggered` is called once the checkpoint was triggered: work that can wait for the dump starts then. */
async function checkpoint(ctx, built, hooks = {}) {
    const { config, profile, podman, reporter } = ctx;
    const name = containerName(ctx, 'checkpoint');
    const opts = checkpointRunOptions(ctx);
    // an app that checkpoints itself must not find a probe's connection open: it is watched, not probed
    const probePath = config.trigger === 'app' ? null : config.readyPath;
    const hostPort = probePath || (config.trigger !== 'app' && config.warmupPath) ? await freePort() : null;
    const publish = hostPort ? [{ hostIp: '127.0.0.1', hostPort, containerPort: config.port }] : [];
    const launch = profile.launcher
        ? launcherInvocation({
            minPid: config.minPid,
            checkpointDir: config.checkpointDir,
            javaOptions: opts.javaOptions,
            javaOptionsEnv: opts.javaOptionsEnv,
            checkpointId: ctx.runId,
            criuFlags: profile.checkpoint.criuDumpFlags ?? [],
            command: [...built.config.entrypoint, ...built.config.cmd],
        })
        : null;
    const unsupported = unsupportedJavaOption(profile, opts.javaOptions, [built.config.env, config.env]);
    if (unsupported)
        throw new PhaseError('checkpoint', 'checkpoint', `${unsupported} (runtime ${profile.name}).`);
    if (config.privileged)
        reporter.warning('privileged: true runs the checkpoint container with every capability and no seccomp filter, and the restore image then needs --privileged too; the supported runtimes never need it.');
    if (config.capAdd.length)
        reporter.warning(`cap-add adds ${config.capAdd.join(', ')} beyond what runtime ${profile.name} needs; the restore image will need them too.`);
    const image = await checkpointImage(ctx, built);
    ctx.resources.container(name);
    const started = Date.now();
    const res = await podman.run({
        name,
        image,
        detach: true,
        publish,
        capAdd: opts.capAdd,
        securityOpt: opts.securityOpt,
        privileged: config.privileged,
        env: opts.env,
        entrypoint: launch?.entrypoint ?? null,
        command: launch?.command ?? [],
    });
    if (res.exitCode !== 0) {
        throw new PhaseError('checkpoint', 'checkpoint', `podman run of the checkpoint container failed (exit ${res.exitCode}): ${res.stderr.trim()}`);
    }
    // --- readiness wait (h12c): the mount, the exit watch and both readiness checks start together ---
    const mounting = podman.mount(name).catch(() => null);
    const totalMs = config.readyTimeoutMs + config.checkpointTimeoutMs;
    // resolves with the exit code when the container stops, or null when the whole budget is spent
    const exited = podman.wait(name, totalMs).catch(() => null);
    const exitReason = exited.then((code) => `the container exited (code ${code}) before it was ready`);
    let fail = null;
    let readyMs = null;
    let warmupMs = 0;
    let triggerLatencyMs = null;
    let readyAt = 0;
    const readAppLog = async () => {
        const mp = await mounting;
        return mp && profile.launcher ? ctx.files.read(external_node_path_default().join(mp, LAUNCHER_STATE_DIR, 'app.log')) : podman.logs(name);
    };
    // the app-triggered runtimes checkpoint themselves: readiness is then only informative
    if (config.trigger !== 'app' || config.readyLog) {
        const outcome = await awaitReadiness(ctx, probePath, hostPort, appLogFollower(ctx, name, mounting), readAppLog, exitReason);
        if (outcome.ok) {
            readyAt = Date.now();
            readyMs = readyAt - started;
            reporter.info(`ready after ${readyMs} ms`);
        }
        else if (config.trigger !== 'app') {
            fail = `The app did not become ready: ${outcome.reason} (${[probePath && `GET ${probePath} on port ${config.port}`, config.readyLog && `log /${config.readyLog}/`].filter(Boolean).join(' and ')}).`;
        }
    }
    const mountPoint = await mounting;
    // --- end readiness wait (h12c) ---
    if (!fail && config.warmupRequests > 0 && config.warmupPath && hostPort) {
        warmupMs = await warmUp(ctx, hostPort);
        readyAt = Date.now();
    }
    const triggeredAt = Date.now();
    if (!fail) {
        fail = await sendTrigger(ctx, name, mountPoint);
        hooks.triggered?.();
        // latency counts until the trigger was delivered, not until it was asked for
        if (readyAt)
            triggerLatencyMs = (config.trigger === 'jcmd' ? triggeredAt : Date.now()) - readyAt;
    }
    let exitCode = null;
    if (!fail) {
        const budget = config.trigger === 'app' && readyMs === null ? totalMs : config.checkpointTimeoutMs;
        // a JVM whose checkpoint failed keeps running: its logs say so long before the timeout
        const failed = pollUntil(() => dumpFailure(ctx, mountPoint, readAppLog), { timeoutMs: budget, abort: exited.then(() => 'exited'), intervalMs: 250 });
        const outcome = await Promise.race([
            exited.then((code) => ({ code, why: null })),
            failed.then((f) => (f.ok ? { code: null, why: `The checkpoint failed: the logs show "${f.value}".` } : new Promise(() => undefined))),
            new Promise((r) => setTimeout(() => r({ code: null, why: null }), budget).unref()),
        ]);
        exitCode = outcome.code;
        if (outcome.why)
            fail = outcome.why;
        else if (exitCode === null)
            fail = `The checkpoint did not finish within ${Math.round(budget / 1000)} s (checkpoint-timeout); the container was stopped.`;
    }
    const dumpMs = Date.now() - triggeredAt;
    if (fail)
        await podman.kill(name, 'KILL');
    // --- post-exit logs (h12c): a checkpoint is judged by the files in the container (CRIU's and the
    // runtime's logs, the image files); podman's copy of the output is saved beside the commit, and its
    // view of the container's state is read only when something failed ---
    const outputLater = [];
    await collectContainerLogs(ctx, name, 'checkpoint', 'checkpoint', mountPoint, fail ? {} : { state: false, outputLater });
    const failing = async () => {
        await Promise.allSettled(outputLater);
        const st = await podman.containerState(name).catch(() => null);
        await saveLog(ctx, 'checkpoint', 'podman-state.json', JSON.stringify(st, null, 2), 'checkpoint');
    };
    // --- end post-exit logs (h12c) ---
    const files = mountPoint ? await ctx.files.list(external_node_path_default().join(mountPoint, config.checkpointDir)) : [];
    // no umount: the container stays mounted until `podman rm` (after the commit), which unmounts it
    if (fail)
        throw new PhaseError('checkpoint', 'checkpoint', fail);
    const code = exitCode ?? -1;
    const checkpointBytes = files.reduce((s, f) => s + f.size, 0);
    const hasImages = files.some((f) => external_node_path_default().basename(f.path) === 'inventory.img');
    const findMarker = () => ctx.logs.find((l) => l.stage === 'checkpoint' && profile.checkpoint.successMarkers.some((m) => m.test(l.content)));
    // a marker only the container's output holds is waited for (h12c)
    const dumpLog = findMarker() ?? (profile.checkpoint.successMarkers.length ? await Promise.allSettled(outputLater).then(findMarker) : undefined);
    const problems = [
        !profile.checkpoint.exitCodes.includes(code) && `exit code ${code} (expected ${profile.checkpoint.exitCodes.join(' or ')})`,
        !hasImages && `no CRIU image files (inventory.img) under ${config.checkpointDir}${profile.checkpoint.noImagesHint ? ` (${profile.checkpoint.noImagesHint})` : ''}`,
        profile.checkpoint.successMarkers.length > 0 && !dumpLog && `no success marker (${profile.checkpoint.successMarkers.map((m) => m.source).join(' / ')}) in the logs`,
    ].filter(Boolean);
    if (problems.length) {
        await failing();
        throw new PhaseError('checkpoint', 'checkpoint', `The checkpoint failed: ${problems.join('; ')}. Nothing was committed.`);
    }
    ctx.background.push(...outputLater);
    reporter.info(`checkpoint: ${files.length} files, ${(checkpointBytes / 1e6).toFixed(1)} MB, exit ${code}, ${dumpMs} ms after the trigger`);
    const pidText = profile.launcher && mountPoint ? await ctx.files.read(external_node_path_default().join(mountPoint, LAUNCHER_STATE_DIR, 'app.pid')) : null;
    const appPid = pidText && /^\d+$/.test(pidText.trim()) ? Number(pidText.trim()) : null;
    return {
        container: name,
        exitCode: code,
        checkpointBytes,
        checkpointFiles: files.length,
        readyMs,
        warmupMs,
        triggerLatencyMs,
        dumpMs,
        capAdd: opts.capAdd,
        securityOpt: opts.securityOpt,
        imageUser: built.config.user ?? '',
        appPid,
        checkpointId: profile.launcher ? ctx.runId : null,
    };
}

;// CONCATENATED MODULE: ./src/cpu-criu.ts
/**
 * The runner's CPU against the CRIU that will dump the app. GitHub's amd64 fleet is heterogeneous:
 * some runners have Intel CPUs with AMX, whose XSAVE area (11008 bytes on Sapphire Rapids) exceeds the
 * 4096 bytes that CRIU before 3.19 reserves, and such a CRIU fails every dump there with
 * `Error (compel/arch/x86/src/lib/infect.c:413): Can't set FPU registers for N: Bad address` then
 * `Dumping FAILED.` (checkpoint-restore/criu#2835, reported on 3.17). The same workflow then passes on
 * one runner and fails on the next. This module decides, before the checkpoint, whether the pair is
 * known to fail, so the run stops at once with the cause and the fix instead of an opaque dump failure.
 *
 * Sources:
 * - checkpoint-restore/criu PR #2161 "compel: support XSAVE on newer Intel CPUs" (merged 2023-04-24,
 *   first released in CRIU 3.19; a 3.18 release build still failed, criu#2310): the fix upstream.
 * - checkpoint-restore/criu#2835 (2025-11): CRIU 3.17 on Sapphire Rapids, "max xsave frame exceed
 *   xsave_struct (11008 4096)", "Can't set FPU registers ... Bad address".
 * - CRaC/criu PR #24 (2025-12): the backport of that fix into CRaC's fork. The fork's version stays
 *   `3.17.1-crac` (CRaC/criu Makefile.versions: CRIU_VERSION 3.17.1 plus "-crac"), so a patched build
 *   cannot be told from an unpatched one by its version: it is treated as unpatched.
 * - openjdk/crac criuengine.cpp: the JDK's CRIU is `CRAC_CRIU_PATH` when set, else `criu` beside the
 *   engine (`$JAVA_HOME/lib/criu`), else /usr/sbin/criu; Zulu CRaC images have no CRIU on PATH
 *   (azul/zulu-openjdk ubuntu/21-jdk-crac-latest/Dockerfile).
 */

/** Model and flags of the first processor in /proc/cpuinfo text. */
function parseCpuinfo(text) {
    const model = /^model name\s*:\s*(.*)$/m.exec(text)?.[1]?.trim() ?? 'unknown';
    const flags = (/^flags\s*:\s*(.*)$/m.exec(text)?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
    return { model, flags };
}
async function readCpuInfo(file = '/proc/cpuinfo') {
    return parseCpuinfo(await (0,external_node_fs_promises_namespaceObject.readFile)(file, 'utf8').catch(() => ''));
}
/** Parses `criu --version` output (`Version: 4.2.1`, `Version: 3.17.1-crac`) or a bare version string. */
function parseCriuVersion(text) {
    const m = /(?:^|\bVersion:\s*)(\d+)\.(\d+)(?:\.(\d+))?(?:-([A-Za-z][\w.]*))?/m.exec(text.trim());
    if (!m)
        return null;
    return { raw: m[0].replace(/^Version:\s*/, ''), major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), fork: m[4] ?? null };
}
const before = (v, major, minor) => v.major < major || (v.major === major && v.minor < minor);
/** AMX's XSAVE components (XTILECFG/XTILEDATA) are what outgrow CRIU's 4096-byte frame. */
const AMX_FLAGS = ['amx_tile', 'amx_bf16', 'amx_int8'];
/** Pairs known to fail, each with its upstream source. */
const CPU_CRIU_RULES = [
    {
        id: 'amx-xsave-criu-before-3.19',
        cpu: (c) => c.flags.includes('amx_tile'),
        // upstream before 3.19, and CRaC's 3.17.1-crac fork (patched builds print the same version)
        criu: (v) => before(v, 3, 19),
        cause: (c, v) => `this runner's CPU (${c.model}) has AMX (${AMX_FLAGS.filter((f) => c.flags.includes(f)).join(' ')}), whose XSAVE area is larger than the 4096 bytes CRIU ${v.raw} reserves: every dump fails with "Can't set FPU registers ... Bad address" and "Dumping FAILED." (checkpoint-restore/criu#2835). GitHub's runners differ in CPU, so the same workflow passes on some and fails on others.`,
        fix: 'use a JDK image whose CRIU is 3.19 or newer (upstream CRIU 4.x), or point the runtime at a newer CRIU in the image (CRaC: `env: CRAC_CRIU_PATH=/usr/local/sbin/criu` with CRIU 4.x installed there), or run on a runner without AMX (e.g. an AMD-based larger runner).',
        sources: ['checkpoint-restore/criu#2835', 'checkpoint-restore/criu#2161', 'CRaC/criu#24'],
    },
];
/** Whether any known failing pair involves this CPU: when none does, the CRIU need not be asked. */
const cpuAtRisk = (cpu) => CPU_CRIU_RULES.some((r) => r.cpu(cpu));
/** The decision: stop (with cause and fix) when the pair matches a known failure, else go on. */
function cpuCriuVerdict(cpu, criu) {
    if (!criu)
        return { ok: true, rule: null, message: 'CRIU version unknown: no CPU check' };
    for (const r of CPU_CRIU_RULES) {
        if (r.cpu(cpu) && r.criu(criu))
            return { ok: false, rule: r.id, message: `The checkpoint cannot work here: ${r.cause(cpu, criu)} Fix: ${r.fix}` };
    }
    return { ok: true, rule: null, message: `CRIU ${criu.raw} on ${cpu.model}: no known CPU incompatibility` };
}
/** The probe script's mode: the runtime's own CRIU, unless the launcher's `criu dump` (on PATH) takes the checkpoint. */
function criuLocation(profile, trigger) {
    return trigger === 'criu' ? 'path' : profile.criuLocation;
}
/**
 * Run inside the image (`sh -c SCRIPT probe MODE`): prints `criu-path: P` and `criu --version`'s
 * output. Fixed text; the mode is its only argument. For `jdk`: CRAC_CRIU_PATH, then
 * $JAVA_HOME/lib/criu, then the lib/criu of the `java` on PATH, then /usr/sbin/criu (criuengine's
 * order), then `criu` on PATH.
 */
const CRIU_PROBE_SCRIPT = `mode=$1
c=""
if [ "$mode" = jdk ]; then
  if [ -n "\${CRAC_CRIU_PATH:-}" ]; then c=$CRAC_CRIU_PATH
  elif [ -n "\${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/lib/criu" ]; then c=$JAVA_HOME/lib/criu
  else
    j=$(command -v java 2>/dev/null || true)
    [ -n "$j" ] && j=$(readlink -f "$j" 2>/dev/null || echo "$j")
    h=\${j%/bin/java}
    if [ -n "$j" ] && [ -x "$h/lib/criu" ]; then c=$h/lib/criu
    elif [ -x /usr/sbin/criu ]; then c=/usr/sbin/criu
    fi
  fi
fi
[ -n "$c" ] || c=$(command -v criu 2>/dev/null || true)
if [ -z "$c" ]; then echo "criu-path: none"; exit 0; fi
echo "criu-path: $c"
"$c" --version 2>&1
exit 0
`;
/** The probe's output: the CRIU path and its version. */
function parseProbeOutput(out) {
    const p = /^criu-path: (.*)$/m.exec(out)?.[1]?.trim() ?? null;
    const rest = out.replace(/^criu-path: .*$/m, '');
    return { path: p === 'none' ? null : p, version: p && p !== 'none' ? parseCriuVersion(rest) : null };
}
/** Flags the checkpoint host had that this host lacks (from the `cpu-flags` label), for a warning. */
function missingCpuFeatures(checkpointFlags, host) {
    if (!checkpointFlags)
        return [];
    const have = new Set(host.flags);
    return checkpointFlags.split(/\s+/).filter((f) => f && !have.has(f));
}

;// CONCATENATED MODULE: ./src/pipeline/cpu-check.ts
/**
 * The CPU/CRIU check of the checkpoint phase (decision and sources in src/cpu-criu.ts). On a CPU that
 * no known failing pair involves (no AMX: most runners, this test host) nothing more is done. Else the
 * runtime's CRIU is asked for its version in a short container of the app image (`--network none`,
 * no added capabilities), started beside the checkpoint container so it costs no time of its own: the
 * app takes seconds to get ready, the probe well under one (about 0.7 s wall, 0.2 s CPU here). When the
 * pair is known to fail, the checkpoint container is killed at once and the phase fails with the cause
 * and the fix.
 */



async function checkCpuAgainstCriu(ctx, image, hostCpu = readCpuInfo) {
    const { config, profile, podman } = ctx;
    const name = containerName(ctx, 'criu-probe');
    const mode = criuLocation(profile, config.trigger);
    // CRaC's engine honours CRAC_CRIU_PATH from the run's environment: the probe must see the same
    const env = config.env.CRAC_CRIU_PATH ? { CRAC_CRIU_PATH: config.env.CRAC_CRIU_PATH } : undefined;
    const cpu = await hostCpu();
    if (!cpuAtRisk(cpu)) {
        const verdict = cpuCriuVerdict(cpu, null);
        return { cpu, criuPath: null, criuVersion: null, verdict: { ...verdict, message: `${cpu.model}: no known CPU/CRIU incompatibility involves this CPU; CRIU not probed` } };
    }
    ctx.resources.container(name);
    const res = await podman.run({ name, image, rm: true, network: 'none', env, entrypoint: ['/bin/sh', '-c', CRIU_PROBE_SCRIPT, 'checkpoint-image-criu-probe'], command: [mode] }, { timeoutMs: 60_000 }).catch((e) => ({ exitCode: 127, stdout: '', stderr: e.message }));
    // --rm removed it once podman run returned (a probe killed at its timeout stays tracked for the cleanup)
    if (!('timedOut' in res && res.timedOut))
        ctx.resources.released('containers', name);
    const probe = res.exitCode === 0 ? parseProbeOutput(res.stdout) : { path: null, version: null };
    const verdict = cpuCriuVerdict(cpu, probe.version);
    await saveLog(ctx, 'checkpoint', 'cpu-criu.log', `cpu: ${cpu.model}\nflags: ${cpu.flags.join(' ')}\nprobe (${mode}) exit ${res.exitCode}:\n${res.stdout}${res.stderr}\nverdict: ${verdict.message}\n`, 'checkpoint');
    return { cpu, criuPath: probe.path, criuVersion: probe.version?.raw ?? null, verdict };
}

;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, recorded in image labels (kept equal to package.json by a test). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/pipeline/commit.ts
/**
 * Commit: the stopped checkpoint container becomes the restore image. Its command restores from the
 * checkpoint (the runtime's restore command plus `restore-flags`), and labels record how it was made.
 */










const LABEL_PREFIX = 'io.checkpoint-image';
/** The `--change` instructions of the commit (pure: table-tested). */
function restoreCommand(profile, config) {
    const restoreFlags = profile.restore.flagsEnv ? [] : config.restoreFlags;
    return profile.restore.command?.({ checkpointDir: config.checkpointDir, restoreFlags }) ?? null;
}
/**
 * `imageUser`: the image's USER. A launcher runtime restores with CRIU as root (USER 0) when it is not
 * root: podman gave the non-root app its capabilities as ambient ones, and CRIU as that user cannot
 * restore them (see the openj9 conformance rows); CRIU gives the restored app its own uid back.
 */
function commitChanges(profile, config, labels, imageUser = '') {
    const command = restoreCommand(profile, config);
    const asRoot = command !== null && profile.restore.criuAsRoot && isNonRootUser(imageUser);
    // podman commit keeps the checkpoint run's environment in the image config, which anyone who can
    // pull the image reads: secret-looking values are blanked there (give them at run time instead)
    const secrets = Object.fromEntries(Object.keys(config.env ?? {}).filter(isSecretName).map((k) => [k, '']));
    const env = { ...secrets, ...profile.restore.env, ...(profile.restore.flagsEnv && config.restoreFlags.length ? { [profile.restore.flagsEnv]: config.restoreFlags.join(' ') } : {}) };
    return [
        // the checkpoint run replaced the entrypoint with the launcher: the restore image must not keep it
        ...(command ? ['ENTRYPOINT []', `CMD ${JSON.stringify(command)}`] : []),
        ...(asRoot ? ['USER 0'] : []),
        ...Object.entries(env).map(([k, v]) => envChange(k, v)),
        ...Object.entries(labels).map(([k, v]) => labelChange(k, v)),
    ];
}
/** CPU model and a short hash of the feature flags: restore on a CPU lacking a feature fails. */
async function cpuFacts() {
    const info = await (0,external_node_fs_promises_namespaceObject.readFile)('/proc/cpuinfo', 'utf8').catch(() => '');
    const flags = /^flags\s*:\s*(.*)$/m.exec(info)?.[1] ?? '';
    return {
        model: external_node_os_default().cpus()[0]?.model ?? 'unknown',
        flagsHash: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(flags).digest('hex').slice(0, 12),
        // the list itself: a restore host lacking one of these is warned about (src/cpu-criu.ts)
        flags: flags.trim().split(/\s+/).join(' '),
    };
}
/**
 * `alongside` and `afterCommit` run once the image is committed, in parallel with reading its sizes
 * (`originalImage` by id when its tag may be removed meanwhile).
 */
async function commit(ctx, ck, jdk, originalImage, alongside = async () => undefined, afterCommit = async () => undefined) {
    const { config, profile, podman } = ctx;
    const cpu = await cpuFacts();
    // CRIU's version from its own log header: no container is started to ask it
    const criu = criuVersionFromLogs(ctx.logs.filter((l) => l.stage === 'checkpoint')) ?? 'unknown';
    const labels = {
        [`${LABEL_PREFIX}.runtime`]: profile.name,
        [`${LABEL_PREFIX}.trigger`]: config.trigger,
        [`${LABEL_PREFIX}.checkpoint-dir`]: config.checkpointDir,
        [`${LABEL_PREFIX}.jdk`]: jdk,
        [`${LABEL_PREFIX}.criu`]: criu,
        [`${LABEL_PREFIX}.kernel`]: external_node_os_default().release(),
        [`${LABEL_PREFIX}.cpu-model`]: cpu.model,
        [`${LABEL_PREFIX}.cpu-flags-sha256`]: cpu.flagsHash,
        [`${LABEL_PREFIX}.restore-caps`]: config.privileged ? 'privileged' : [...profile.restore.capAdd, ...config.capAdd].join(','),
        // every restore runs AppArmor-unconfined (podman's profile lacks `tracedby`; src/podman.ts)
        [`${LABEL_PREFIX}.restore-security-opt`]: securityOpts(profile.restore.securityOpt).join(','),
        [`${LABEL_PREFIX}.cpu-flags`]: cpu.flags,
        [`${LABEL_PREFIX}.checkpoint-bytes`]: String(ck.checkpointBytes),
        [`${LABEL_PREFIX}.version`]: VERSION,
        ...Object.fromEntries(Object.entries(profile.labels).map(([k, v]) => [`${LABEL_PREFIX}.${k}`, v])),
        ...(isNonRootUser(ck.imageUser) ? { [`${LABEL_PREFIX}.app-user`]: ck.imageUser } : {}),
        // the restored process's identity: verify (and anyone holding the image) tells a restore from a cold start by it
        ...(ck.appPid !== null && ck.checkpointId ? { [`${LABEL_PREFIX}.app-pid`]: String(ck.appPid), [`${LABEL_PREFIX}.checkpoint-id`]: ck.checkpointId } : {}),
    };
    const refs = imageRefs(config);
    const [first, ...rest] = refs;
    if (!first)
        throw new PhaseError('commit', 'checkpoint', 'No tag to commit to.');
    const changes = commitChanges(profile, config, labels, ck.imageUser);
    const imageId = await podman.commit({ container: ck.container, image: first, changes });
    for (const ref of rest)
        await podman.tag(imageId, ref);
    const [sizes] = await Promise.all([imageSizes(ctx, originalImage, imageId), alongside(), afterCommit()]);
    return { imageId, refs, labels, restoreCommand: restoreCommand(profile, config), sizes };
}
/** Compares the restore image with the original it was committed from. */
async function imageSizes(ctx, original, restore) {
    const [o, r, h] = await Promise.all([ctx.podman.imageConfig(original), ctx.podman.imageConfig(restore), ctx.podman.history(restore)]);
    const layersAdded = r.layers.length - o.layers.length;
    // history lists every step newest first; the commit's layer(s) are the first entries with a size
    const addedBytes = h.slice(0, Math.max(layersAdded, 0)).reduce((sum, l) => sum + l.size, 0);
    return { originalBytes: o.size, restoreBytes: r.size, layersAdded, addedBytes };
}
/** JAVA_VERSION (and IMPLEMENTOR) from a JDK's `release` file. */
function parseRelease(text) {
    const v = /^JAVA_VERSION="([^"]+)"/m.exec(text)?.[1];
    const who = /^IMPLEMENTOR="([^"]+)"/m.exec(text)?.[1];
    return v ? `${v}${who ? ` (${who})` : ''}` : null;
}
/** CRIU's version from the first lines of its log (`Version: 4.2.1 (gitid 0)`). */
function criuVersionFromLogs(logs) {
    for (const l of logs) {
        const m = /^\(\d+\.\d+\) Version: (\S+)/m.exec(l.content);
        if (m)
            return m[1];
    }
    return null;
}
/**
 * The JDK version for the labels, without starting a container: the JDK's `release` file in the
 * image (JAVA_HOME, else /usr/lib/jvm/*, else /opt/java/openjdk).
 */
async function jdkVersion(ctx, image, imageEnv) {
    const mp = await ctx.podman.imageMount(image);
    if (!mp)
        return 'unknown';
    try {
        const jvmDirs = (await ctx.files.names(external_node_path_default().join(mp, 'usr/lib/jvm'))).map((d) => `/usr/lib/jvm/${d}`);
        const homes = [imageEnv.JAVA_HOME, ...jvmDirs, '/opt/java/openjdk'].filter((h) => !!h);
        for (const home of homes) {
            const text = await ctx.files.read(external_node_path_default().join(mp, home, 'release'));
            const jdk = text ? parseRelease(text) : null;
            if (jdk)
                return jdk;
        }
        return 'unknown';
    }
    finally {
        await ctx.podman.imageUnmount(image);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/push.ts
/**
 * Push: log in with the password on stdin into a private auth file (removed afterwards), push every
 * tag with retries for transient registry errors, and return the digest.
 */







/** Errors worth retrying: the registry was unreachable or failed, not a refusal. */
function isTransient(stderr) {
    if (/unauthorized|denied|authentication required|invalid username|name unknown|manifest invalid|forbidden/i.test(stderr))
        return false;
    return /connection refused|connection reset|broken pipe|timeout|timed out|i\/o timeout|EOF|50[234]|500 Internal|TLS handshake|no such host|temporary/i.test(stderr);
}
/** The registry host of an image reference (its first path component). */
const registryOf = (ref) => ref.split('/')[0] ?? ref;
/**
 * Creates the private auth file and logs in (password on stdin). The pipeline starts this while the
 * image builds, so a wrong password fails the run before the checkpoint, not after it.
 */
async function openRegistrySession(ctx, refs) {
    const { config, podman, reporter } = ctx;
    const tmp = await (0,external_node_fs_promises_namespaceObject.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'checkpoint-image-auth-'));
    ctx.resources.secretPath(tmp);
    const session = {
        authFile: external_node_path_default().join(tmp, 'auth.json'),
        async close() {
            await (0,external_node_fs_promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
            ctx.resources.released('secretPaths', tmp);
        },
    };
    try {
        // podman 4.3 fails every push when the auth file does not exist, anonymous ones included
        await (0,external_node_fs_promises_namespaceObject.writeFile)(session.authFile, '{"auths":{}}\n', { mode: 0o600 });
        const registry = registryOf(refs[0] ?? config.imageName);
        if (config.username && config.password) {
            const login = await podman.exec(loginArgs(registry, { username: config.username, tlsVerify: config.tlsVerify, authFile: session.authFile }), {
                input: config.password,
                timeoutMs: 60_000,
            });
            if (login.exitCode !== 0) {
                await saveLog(ctx, 'push', 'podman-login.log', login.stdout + login.stderr, 'setup');
                throw new PhaseError('push', 'setup', `podman login to ${registry} failed: ${redact(login.stderr.trim())}. Fix: check \`username\`/\`password\` (for GHCR the token needs \`packages: write\`).`);
            }
            reporter.info(`logged in to ${registry} as ${config.username}`);
        }
        return session;
    }
    catch (e) {
        await session.close();
        throw e;
    }
}
async function push(ctx, refs, session, delaysMs = [1000, 3000, 9000]) {
    const { config, podman, reporter } = ctx;
    const digestFile = `${session.authFile}.digest`;
    let digest = '';
    for (const ref of refs) {
        let attempt = 0;
        while (true) {
            const res = await podman.exec(pushArgs(ref, { tlsVerify: config.tlsVerify, digestFile, authFile: session.authFile }), { timeoutMs: 30 * 60_000 });
            if (res.exitCode === 0)
                break;
            const err = redact(res.stderr.trim());
            const delay = delaysMs[attempt];
            if (delay === undefined || !isTransient(err)) {
                await saveLog(ctx, 'push', 'podman-push.log', res.stdout + res.stderr, 'setup');
                throw new PhaseError('push', 'setup', `podman push ${ref} failed${attempt ? ` after ${attempt + 1} attempts` : ''}: ${err.split('\n').slice(-3).join(' ')}`);
            }
            attempt++;
            reporter.warning(`push of ${ref} failed (${err.split('\n').pop()}); retrying in ${delay / 1000} s`);
            await (0,promises_namespaceObject.setTimeout)(delay);
        }
        digest = (await (0,external_node_fs_promises_namespaceObject.readFile)(digestFile, 'utf8').catch(() => '')).trim() || digest;
        reporter.info(`pushed ${ref}${digest ? ` (${digest})` : ''}`);
    }
    return { digest, refs: [...refs] };
}

;// CONCATENATED MODULE: ./src/pipeline/verify.ts
/**
 * Verify: start the restore image as a user would (published port, the runtime's restore
 * capabilities only, no terminal) and time `podman run` to the first successful response; alternate
 * with cold starts of the original image so both are measured side by side on the same host. A
 * restore is proven by identity where the checkpoint recorded one (launcher runtimes): the container
 * holds a process with the checkpointed PID whose environment carries the checkpoint's id, which only
 * the restored memory can hold, at any log level (CRaC restores at -v1 and logs nothing). Otherwise
 * the runtime's "restored" log line is the proof. A restore image that answers without that proof
 * was a silent cold start: failure.
 */







const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? (s[mid] ?? 0) : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
};
/** Restore-run options: the runtime's restore set (smaller than the checkpoint set) plus user caps. */
function restoreRunOptions(ctx) {
    return {
        capAdd: unique([...ctx.profile.restore.capAdd, ...ctx.config.capAdd]),
        securityOpt: unique([...ctx.profile.restore.securityOpt]),
        // CRIU restores the capabilities the process had: a privileged checkpoint needs a privileged restore
        privileged: ctx.config.privileged,
    };
}
/** The identity a restore image carries in its labels, or null (runtimes without the launcher). */
function identityFromLabels(labels) {
    const pid = Number(labels[`${LABEL_PREFIX}.app-pid`]);
    const checkpointId = labels[`${LABEL_PREFIX}.checkpoint-id`];
    return Number.isInteger(pid) && pid > 0 && checkpointId ? { pid, checkpointId } : null;
}
/** `podman top CONTAINER pid hpid` output → container PID to host PID. */
function parseTop(stdout) {
    const out = new Map();
    for (const line of stdout.split('\n').slice(1)) {
        const [pid, hpid] = line.trim().split(/\s+/).map(Number);
        if (Number.isInteger(pid) && Number.isInteger(hpid))
            out.set(pid, hpid);
    }
    return out;
}
/**
 * The verdict on one restore: proven by identity when one was recorded (the environment of the
 * process with the checkpointed PID holds the checkpoint id), else by the runtime's log line.
 * Each marker is tested with its own flags. Returns the evidence, or null (a silent cold start).
 */
function restoreEvidence(profile, identity, observed) {
    const line = profile.restore.restoredMarkers.map((m) => m.exec(observed.logs)?.[0]).find((x) => x !== undefined);
    if (identity) {
        const held = observed.environ?.split('\0').includes(`CHECKPOINT_IMAGE_CHECKPOINT=${identity.checkpointId}`) ?? false;
        if (!held)
            return null;
        return `pid ${identity.pid} holds checkpoint ${identity.checkpointId}${line ? `; ${line}` : ''}`;
    }
    return line ?? null;
}
/**
 * The exit watcher (`podman wait`) starts this long after `podman run`: a podman process starting
 * inside the timed window would compete with the start it times (2-vCPU runners), and a restore
 * answers well before this. It only matters when the container dies without answering.
 */
const EXIT_WATCH_DELAY_MS = 1000;
/**
 * `removal`: 'now' removes the container before returning; 'background' hands the removal to
 * `ctx.background`, so the last start's teardown (about 0.3 s of podman and network clean-up)
 * overlaps the push.
 */
async function timedStart(ctx, kind, image, index, removal, identity) {
    const { config, profile, podman } = ctx;
    const name = containerName(ctx, `${kind}-${index}`);
    const hostPort = await freePort();
    const restoreOpts = restoreRunOptions(ctx);
    ctx.resources.container(name);
    let mountPoint = null;
    let failure = null;
    let stopWatching = () => undefined;
    try {
        const t0 = Date.now();
        const res = await podman.run({
            name,
            image,
            detach: true,
            publish: [{ hostIp: '127.0.0.1', hostPort, containerPort: config.port }],
            // verifyEnv (Liberty's recovery switch) is for this run only: the image and manifests never get it
            ...(kind === 'restore' ? { ...restoreOpts, env: profile.restore.verifyEnv } : { env: config.env }),
        });
        if (res.exitCode !== 0) {
            failure = `podman run of the ${kind} image failed (exit ${res.exitCode}): ${res.stderr.trim()}`;
            throw new PhaseError('verify', 'restore', failure);
        }
        const watch = new AbortController();
        stopWatching = () => watch.abort();
        const exited = (0,promises_namespaceObject.setTimeout)(EXIT_WATCH_DELAY_MS, undefined, { signal: watch.signal })
            .then(() => podman.wait(name, config.verifyTimeoutMs + 5000, watch.signal))
            .then((code) => `the container exited (code ${code}) before answering`, () => new Promise(() => undefined));
        const mount = async () => (mountPoint ??= await podman.mount(name).catch(() => null));
        const hasMarker = (text) => profile.restore.restoredMarkers.some((m) => m.test(text));
        // the runtime's own log files first; the container output (a podman call) only when they lack the marker
        const restoreLogs = async () => {
            const mp = await mount();
            const files = mp ? await Promise.all(runtimeLogPaths(ctx).map((f) => ctx.files.read(external_node_path_default().join(mp, f)))) : [];
            const text = files.filter((t) => t !== null).join('\n');
            return hasMarker(text) ? text : `${text}\n${await podman.logs(name)}`;
        };
        // the environment of the container's process with the checkpointed PID, read on the host
        const environ = async () => {
            if (!identity)
                return null;
            const top = await podman.exec([...globalArgs(podman.engine), 'top', END_OF_OPTIONS, name, 'pid', 'hpid']);
            const hpid = top.exitCode === 0 ? parseTop(top.stdout).get(identity.pid) : undefined;
            return hpid ? ctx.files.read(`/proc/${hpid}/environ`) : null;
        };
        const prove = async () => restoreEvidence(profile, identity, { environ: await environ(), logs: identity && !profile.restore.restoredMarkers.length ? '' : await restoreLogs() });
        let outcome;
        if (config.readyPath) {
            outcome = await waitForHttp(hostPort, config.readyPath, { timeoutMs: config.verifyTimeoutMs, abort: exited, intervalMs: TIMED_POLL_MS });
        }
        else if (kind === 'restore') {
            outcome = await pollUntil(prove, { timeoutMs: config.verifyTimeoutMs, abort: exited });
        }
        else {
            outcome = await waitForLog(() => podman.logs(name), new RegExp(config.readyLog ?? '$^', 'm'), { timeoutMs: config.verifyTimeoutMs, abort: exited });
        }
        const ms = Date.now() - t0;
        if (!outcome.ok) {
            const hangHint = kind === 'restore' && outcome.timedOut ? ' (a restore with fewer capabilities than the checkpoint hangs; see the restore logs)' : '';
            failure = `The ${kind} container did not answer: ${outcome.reason}${hangHint}.`;
            throw new PhaseError('verify', kind === 'restore' ? 'restore' : 'checkpoint', failure);
        }
        let evidence = '';
        if (kind === 'restore') {
            // a log marker may be written a moment after the first response
            const found = await pollUntil(prove, { timeoutMs: identity ? 1000 : 5000 });
            if (!found.ok) {
                failure = identity
                    ? `The restore image answered, but not as the checkpointed process: no process with PID ${identity.pid} carrying checkpoint ${identity.checkpointId} in its environment: it was a silent cold start (a runtime that starts the app afresh when its restore fails, e.g. CRaC with -XX:+CRaCIgnoreRestoreIfUnavailable).`
                    : `The restore image answered, but none of its logs shows a restore (${profile.restore.restoredMarkers.map((m) => m.source).join(' / ')}): it was a silent cold start.`;
                throw new PhaseError('verify', 'restore', failure);
            }
            evidence = found.value;
        }
        const body = outcome.value && typeof outcome.value === 'object' && 'body' in outcome.value ? String(outcome.value.body) : '';
        return { kind, ms, body, evidence };
    }
    finally {
        stopWatching();
        // evidence worth keeping: every failure, and the first restore (its restore.log)
        if (failure || (index === 0 && kind === 'restore')) {
            mountPoint ??= await podman.mount(name).catch(() => null);
            const stage = kind === 'restore' ? 'restore' : 'checkpoint';
            await collectContainerLogs(ctx, name, `verify/${kind}-${index}`, stage, mountPoint, { state: failure !== null });
            // the verdict itself, so the diagnosis can explain failures no runtime log names (a silent cold start)
            if (failure)
                await saveLog(ctx, `verify/${kind}-${index}`, 'verdict.log', `checkpoint-image verify: ${failure}\n`, stage);
        }
        // `podman rm` unmounts as well: no separate umount call
        // a failed removal keeps the container tracked: the cleanup retries it and reports what is left
        const removed = podman.removeContainer(name).then(() => ctx.resources.released('containers', name), () => undefined);
        if (removal === 'background' && !failure)
            ctx.background.push(removed);
        else
            await removed;
    }
}
async function verify(ctx, restoreImage, coldImage) {
    const { config, reporter } = ctx;
    const restore = [];
    const cold = [];
    let evidence = '';
    const identity = identityFromLabels((await ctx.podman.imageConfig(restoreImage)).labels);
    const rounds = Math.max(1, config.compareRuns);
    for (let i = 0; i < rounds; i++) {
        const last = i === rounds - 1;
        const withCold = i < config.compareRuns;
        const r = await timedStart(ctx, 'restore', restoreImage, i, last && !withCold ? 'background' : 'now', identity);
        restore.push(r);
        evidence ||= r.evidence;
        reporter.info(`restore #${i + 1}: first response after ${r.ms} ms`);
        if (withCold) {
            const c = await timedStart(ctx, 'cold', coldImage, i, last ? 'background' : 'now', null);
            cold.push(c);
            reporter.info(`cold #${i + 1}: first response after ${c.ms} ms`);
        }
    }
    const restoreMedianMs = median(restore.map((s) => s.ms));
    const coldMedianMs = cold.length ? median(cold.map((s) => s.ms)) : null;
    const speedup = coldMedianMs !== null && restoreMedianMs > 0 ? Math.round((coldMedianMs / restoreMedianMs) * 100) / 100 : null;
    const problems = [];
    if (config.maxRestoreMs !== null && restoreMedianMs > config.maxRestoreMs)
        problems.push(`the restore took ${restoreMedianMs} ms to answer, above max-restore-ms ${config.maxRestoreMs}`);
    if (config.minSpeedup !== null && speedup !== null && speedup < config.minSpeedup)
        problems.push(`the speed-up is ${speedup}x, below min-speedup ${config.minSpeedup}`);
    if (problems.length)
        throw new PhaseError('verify', 'restore', `Restore health check failed: ${problems.join('; ')}.`);
    return { restore, cold, restoreMedianMs, coldMedianMs, speedup, evidence, ...restoreRunOptions(ctx) };
}

// EXTERNAL MODULE: ../../main/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(3645);
;// CONCATENATED MODULE: ./src/deploy/manifests.ts
/**
 * Deploy manifests for a restore image: a Kubernetes `apps/v1` Deployment and a Knative
 * `serving.knative.dev/v1` Service, as YAML text. The container gets exactly the capabilities and
 * the seccomp profile that the runtime's restore needs (read from RUNTIMES, never restated here),
 * and a header comment says why, so that whoever reviews the manifest can judge the grant.
 *
 * Pure: `deployManifests` builds text only; `writeDeployManifests` is the one function that writes.
 */




/** The restore's capabilities: what the verify step used, else the runtime's restore set. */
const restoreCaps = (opts) => [...(opts.capAdd ?? RUNTIMES[opts.runtime].restore.capAdd)];
const DEPLOYMENT_FILE = 'deployment.yaml';
const KNATIVE_SERVICE_FILE = 'knative-service.yaml';
/**
 * Whether the restored process gains its capabilities through file capabilities on the `criu`
 * binary (so `no_new_privs` must stay off). Open Liberty's image runs the server as user 1001 and
 * grants CHECKPOINT_RESTORE/SETPCAP to its criu binary, and its docs ask for
 * `allowPrivilegeEscalation: true` (https://openliberty.io/docs/latest/instanton.html, "Deploying an
 * InstantOn application to Kubernetes services"). The other runtimes restore as root with the
 * granted capabilities already in the container's sets, so escalation stays off. A Record over
 * RuntimeName makes a new runtime a compile error until it is decided here.
 */
const RESTORE_VIA_FILE_CAPS = {
    crac: false,
    openj9: false,
    liberty: true,
    criu: false,
};
/** Why CRIU's restore needs each capability (criu.org "Unprivileged mode", capabilities(7), Open Liberty InstantOn docs). */
const CAP_REASONS = {
    CHECKPOINT_RESTORE: 'recreate tasks with their original PIDs and restore /proc/self/exe (Linux >= 5.9).',
    SYS_PTRACE: 'seize and inspect the restored tasks while CRIU puts them back together.',
    SETPCAP: "drop CRIU's extra capabilities from the restored process before it resumes.",
};
/** Kubernetes Service names (and so Knative Service names) are DNS-1035 labels. */
const manifests_NAME_RE = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const HTTP_PATH_RE = /^\/[^\s]*$/;
/**
 * Turns any name (an image name's last component, say) into a DNS-1035 label, as Kubernetes and
 * Knative Service names must be: lowercase, runs of other characters become one "-", a leading
 * digit gets an "app-" prefix, at most 63 characters. Returns '' when nothing usable is left.
 */
function toResourceName(name) {
    let out = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (/^[0-9]/.test(out))
        out = `app-${out}`;
    return out.slice(0, 63).replace(/-+$/, '');
}
/** Throws a message naming the option, the value, what is allowed and the fix. */
function manifests_validate(opts) {
    const problems = [];
    if (!manifests_NAME_RE.test(toResourceName(opts.name))) {
        problems.push(`name: got ${JSON.stringify(opts.name)}; allowed: a name with at least one letter or digit, which becomes a DNS-1035 label. Fix: e.g. "my-app".`);
    }
    if (opts.image.trim() === '' || /\s/.test(opts.image)) {
        problems.push(`image: got ${JSON.stringify(opts.image)}; allowed: an image reference without spaces. Fix: pass the restore image, e.g. "ghcr.io/owner/app:latest".`);
    }
    if (!RUNTIME_NAMES.includes(opts.runtime)) {
        problems.push(`runtime: got ${JSON.stringify(opts.runtime)}; allowed: ${RUNTIME_NAMES.join(', ')}.`);
    }
    if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) {
        problems.push(`port: got ${String(opts.port)}; allowed: a whole number from 1 to 65535. Fix: the port the app listens on in the container.`);
    }
    if (opts.readyPath !== null && !HTTP_PATH_RE.test(opts.readyPath)) {
        problems.push(`readyPath: got ${JSON.stringify(opts.readyPath)}; allowed: an HTTP path starting with "/" and without spaces, or null. Fix: e.g. "/health".`);
    }
    if (problems.length)
        throw new Error(`Cannot write deploy manifests:\n- ${problems.join('\n- ')}`);
}
/** Seccomp profile type the restore needs: podman's `seccomp=unconfined` maps to `Unconfined`. */
function restoreSeccompType(runtime) {
    return RUNTIMES[runtime].restore.securityOpt.some((o) => o.replace(/\s+/g, '') === 'seccomp=unconfined') ? 'Unconfined' : 'RuntimeDefault';
}
/** The container's name in both manifests (the AppArmor annotation names it). */
const CONTAINER_NAME = 'app';
/**
 * AppArmor: the restore runs unconfined, as checkpoint-image's own `podman run` does
 * (APPARMOR_UNCONFINED in src/podman.ts): the runtime-default profile on an AppArmor node
 * (containerd's cri-containerd.apparmor.d, CRI-O's containers-default) must allow `tracedby`
 * for CRIU to seize the restored tasks, and CRI-O's (containers/common) does not. Kubernetes 1.30+
 * reads `securityContext.appArmorProfile`; older clusters read the per-container annotation, and
 * 1.30+ requires both to agree when both are set.
 */
const APPARMOR_ANNOTATION = `container.apparmor.security.beta.kubernetes.io/${CONTAINER_NAME}`;
/** The container securityContext: the restore's capabilities added, nothing dropped behind the user's back. */
function securityContext(opts, appArmorField) {
    const runtime = opts.runtime;
    return {
        privileged: opts.privileged ?? false,
        allowPrivilegeEscalation: RESTORE_VIA_FILE_CAPS[runtime],
        capabilities: { add: restoreCaps(opts) },
        seccompProfile: { type: restoreSeccompType(runtime) },
        ...(appArmorField ? { appArmorProfile: { type: 'Unconfined' } } : {}),
    };
}
/** Capabilities the Pod Security Standards "baseline" level allows to be added (kubernetes.io/docs/concepts/security/pod-security-standards). */
const BASELINE_CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT']);
function exceedsBaseline(opts) {
    return !!opts.privileged || restoreSeccompType(opts.runtime) === 'Unconfined' || restoreCaps(opts).some((c) => !BASELINE_CAPS.has(c));
}
function header(opts, kind) {
    const profile = RUNTIMES[opts.runtime];
    const caps = restoreCaps(opts);
    const seccomp = restoreSeccompType(opts.runtime);
    const lines = [
        ` ${kind === 'deployment' ? 'Kubernetes Deployment' : 'Knative Service'} for the restore image ${opts.image}`,
        ` Generated by checkpoint-image for runtime "${opts.runtime}" (${profile.title}); see ${profile.docs}`,
        '',
        ' Why the securityContext grants what it grants:',
        ` - capabilities.add: ${caps.join(', ')}. The container starts by restoring a CRIU checkpoint:`,
        ...caps.map((cap) => `   ${cap}: ${CAP_REASONS[cap] ?? 'required by this runtime\'s restore (see its docs above).'}`),
        '   No other capability is added and none is dropped here: add `drop: [ALL]` yourself only after',
        '   checking that the restored app needs none of the runtime\'s default capabilities.',
        seccomp === 'Unconfined'
            ? ' - seccompProfile Unconfined: this runtime\'s restore calls clone3 and ptrace, which the default\n   profile blocks (Open Liberty documents criuRequiredSysCalls.json as a Localhost alternative).'
            : ' - seccompProfile RuntimeDefault: the restore works under the default profile. If it fails with\n   "Operation not permitted" from clone3, your node\'s default profile is stricter: use a Localhost profile.',
        RESTORE_VIA_FILE_CAPS[opts.runtime]
            ? ' - allowPrivilegeEscalation true: the server runs as a non-root user and gets the capabilities\n   through file capabilities on its criu binary, which no_new_privs would ignore.'
            : ' - allowPrivilegeEscalation false: the restore runs as root with the capabilities above, so nothing\n   needs setuid or file capabilities (if your image sets a non-root USER, set it to true).',
        ...(exceedsBaseline(opts)
            ? [
                ' - This exceeds the Pod Security Standards "baseline" level (added capabilities beyond its list,',
                '   or an Unconfined seccomp profile): the namespace needs the "privileged" level',
                '   (pod-security.kubernetes.io/enforce: privileged) or an equivalent policy exception.',
            ]
            : []),
        kind === 'deployment'
            ? ' - appArmorProfile Unconfined (and the annotation container.apparmor.security.beta.kubernetes.io/app\n   for clusters older than 1.30): on AppArmor nodes the default profile blocks the ptrace that CRIU\n   needs to restore (it lacks `tracedby`).'
            : ' - AppArmor unconfined through the container.apparmor.security.beta.kubernetes.io/app annotation:\n   Knative does not admit securityContext.appArmorProfile, and the default profile blocks the ptrace\n   that CRIU needs to restore (it lacks `tracedby`).',
        ' - The kernel of every node must be >= 5.9, and its CPU must offer what the checkpoint was made with.',
    ];
    if (kind === 'knative') {
        lines.push(' - Knative rejects capabilities.add unless config-features in knative-serving has', '   kubernetes.containerspec-addcapabilities: enabled; secure-pod-defaults "enabled" would also', '   force runAsNonRoot, which breaks runtimes that restore as root.');
    }
    return lines.join('\n');
}
function readinessProbe(opts, aggressive) {
    if (opts.readyPath === null)
        return undefined;
    // A restored app answers within milliseconds; Kubernetes' default 10 s period would hide that.
    // Knative probes aggressively by itself when periodSeconds is left unset, so it is left unset there.
    return {
        httpGet: { path: opts.readyPath, port: opts.port },
        ...(aggressive ? {} : { periodSeconds: 1, failureThreshold: 60 }),
    };
}
function toYaml(value, comment) {
    const doc = new dist/* Document */.yo(value, { aliasDuplicateObjects: false });
    doc.commentBefore = comment;
    // The securityContext is what a reviewer must judge: point at the header from there.
    const containers = doc.getIn(['spec', 'template', 'spec', 'containers', 0], true);
    if ((0,dist/* isMap */.jh)(containers)) {
        const sc = containers.get('securityContext', true);
        if ((0,dist/* isNode */.Ll)(sc))
            sc.commentBefore = ' restore requirements: see the header';
    }
    return doc.toString({ lineWidth: 0 });
}
/** Builds the Deployment and Knative Service YAML for a restore image. Throws on invalid options. */
function deployManifests(options) {
    manifests_validate(options);
    const opts = { ...options, name: toResourceName(options.name) };
    const labels = { 'app.kubernetes.io/name': opts.name };
    const annotations = { 'checkpoint-image/runtime': opts.runtime };
    const podAnnotations = { ...annotations, [APPARMOR_ANNOTATION]: 'unconfined' };
    const deploymentProbe = readinessProbe(opts, false);
    const knativeProbe = readinessProbe(opts, true);
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: opts.name, labels, annotations },
        spec: {
            replicas: 1,
            selector: { matchLabels: labels },
            template: {
                metadata: { labels, annotations: podAnnotations },
                spec: {
                    containers: [
                        {
                            name: CONTAINER_NAME,
                            image: opts.image,
                            ports: [{ name: 'http', containerPort: opts.port, protocol: 'TCP' }],
                            ...(deploymentProbe ? { readinessProbe: deploymentProbe } : {}),
                            securityContext: securityContext(opts, true),
                        },
                    ],
                },
            },
        },
    };
    const knativeService = {
        apiVersion: 'serving.knative.dev/v1',
        kind: 'Service',
        metadata: { name: opts.name, labels, annotations },
        spec: {
            template: {
                metadata: { labels, annotations: podAnnotations },
                spec: {
                    containers: [
                        {
                            name: CONTAINER_NAME,
                            image: opts.image,
                            // Knative routes to the single port named http1 (HTTP/1) and may only probe that port.
                            ports: [{ name: 'http1', containerPort: opts.port, protocol: 'TCP' }],
                            ...(knativeProbe ? { readinessProbe: knativeProbe } : {}),
                            securityContext: securityContext(opts, false),
                        },
                    ],
                },
            },
        },
    };
    return {
        deployment: toYaml(deployment, header(opts, 'deployment')),
        knativeService: toYaml(knativeService, header(opts, 'knative')),
    };
}
/** Writes `deployment.yaml` and `knative-service.yaml` into `dir` (created if missing); returns their paths. */
async function writeDeployManifests(dir, opts) {
    const { deployment, knativeService } = deployManifests(opts);
    await (0,external_node_fs_promises_namespaceObject.mkdir)(dir, { recursive: true });
    const files = [
        [(0,external_node_path_namespaceObject.join)(dir, DEPLOYMENT_FILE), deployment],
        [(0,external_node_path_namespaceObject.join)(dir, KNATIVE_SERVICE_FILE), knativeService],
    ];
    for (const [path, text] of files)
        await (0,external_node_fs_promises_namespaceObject.writeFile)(path, text, 'utf8');
    return files.map(([path]) => path);
}

;// CONCATENATED MODULE: ./src/pipeline/run.ts
/**
 * The pipeline: setup → build → checkpoint → commit → verify → push. It reports through a Reporter
 * and returns plain data; the action and the CLI decide how to show it. Whatever happens, every
 * container and temporary image it created is removed and the logs stay in the log folder.
 */























/**
 * The run's log folder: under RUNNER_TEMP (per job, the runner user's) when set, else under a folder
 * of this user in the temp dir: a folder shared by every user would be created by the first one and
 * refuse the others (EACCES).
 */
function defaultLogDir(runId, env = process.env, uid = process.getuid?.()) {
    if (env.RUNNER_TEMP)
        return external_node_path_default().join(env.RUNNER_TEMP, 'checkpoint-image-logs', runId);
    return external_node_path_default().join(external_node_os_default().tmpdir(), `checkpoint-image-logs-${uid ?? 'user'}`, runId);
}
/**
 * What podman still has of this run after the cleanup: every container named after the run id and
 * the temporary and unverified image tags. Each is looked up, not assumed gone; a lookup that fails
 * is reported too.
 */
async function remainsOfRun(podman, runId, tags) {
    // the lookups are independent: they run together (each is a podman process of its own)
    const [ps, images] = await Promise.all([
        podman.exec([...globalArgs(podman.engine), 'ps', '-a', '--filter', `name=^${containerName({ runId }, '')}`, '--format', '{{.Names}}'], { timeoutMs: 60_000 }),
        Promise.all(tags.map((t) => podman.exists('image', t).then((there) => (there ? `image tag ${t}: still there after cleanup` : null), (e) => `could not check image ${t}: ${e.message}`))),
    ]);
    const out = [];
    if (ps.exitCode !== 0)
        out.push(`could not list the containers of run ${runId}: ${ps.stderr.trim()}`);
    else
        out.push(...ps.stdout.split('\n').filter(Boolean).map((n) => `container ${n}: still there after cleanup`));
    for (const line of images)
        if (line)
            out.push(line);
    return out;
}
async function runPipeline(inputs, options) {
    // bad input stops everything before any command runs
    const config = 'imageName' in inputs ? inputs : parseInputs(inputs);
    registerSecret(config.password);
    // logs go into artifacts: values of secret-looking variables never reach them
    registerSecretEnv(process.env, config.env);
    const { reporter } = options;
    const runId = `${(options.jobKey ?? config.runtime).replace(/[^a-z0-9-]/gi, '').toLowerCase().slice(0, 20)}-${Date.now().toString(36)}${(0,external_node_crypto_namespaceObject.randomBytes)(2).toString('hex')}`;
    const logDir = external_node_path_default().resolve(config.logDir ?? options.defaultLogDir ?? defaultLogDir(runId));
    // a folder this user cannot write is a bad input (named, with the fix), not a crash with a stack trace
    await (0,external_node_fs_promises_namespaceObject.mkdir)(logDir, { recursive: true }).catch((e) => {
        throw new InputError([`Input "log-dir": cannot create ${logDir} (${e.code ?? e.message}). Fix: set \`log-dir\` to a folder this user (uid ${process.getuid?.() ?? '?'}) can write, or set RUNNER_TEMP.`]);
    });
    // every temporary or unverified tag this run ever had: the cleanup check looks each one up
    const tagsOfRun = new Set();
    const onResources = options.onResources;
    const resources = new Resources((snap) => {
        for (const t of snap.tempTags)
            tagsOfRun.add(t);
        onResources?.(snap);
    });
    options.onStart?.({ runId, logDir });
    const result = {
        ok: false,
        runId,
        error: null,
        failedPhase: null,
        config,
        outputs: { image: '', digest: '', 'checkpoint-bytes': '', 'cold-start-ms': '', 'restore-start-ms': '', speedup: '', 'log-dir': logDir, manifests: '' },
        phases: [],
        findings: [],
        logDir,
        preflight: null,
        build: null,
        checkpoint: null,
        commit: null,
        verify: null,
        push: null,
        manifests: [],
        leftovers: [],
    };
    let ctx = null;
    let session = null;
    let pending = null;
    let podman = new Podman({}, options.runner ?? run);
    // opens the JDK-version read (true) or drops it (false: the run failed before it was needed)
    let jdkGate = () => undefined;
    const phase = async (name, enabled, fn, detail) => {
        if (!enabled) {
            result.phases.push({ name, status: 'skipped', durationMs: 0, detail: '' });
            return null;
        }
        const started = Date.now();
        try {
            const value = await reporter.group(name, fn);
            result.phases.push({ name, status: 'ok', durationMs: Date.now() - started, detail: detail(value) });
            return value;
        }
        catch (e) {
            result.phases.push({ name, status: 'failed', durationMs: Date.now() - started, detail: e.message });
            throw e;
        }
    };
    try {
        const pre = await phase('setup', true, async () => {
            const report = await preflight({ runner: options.runner ?? run });
            for (const n of report.notes)
                reporter.info(n);
            reporter.info(`kernel ${report.kernel}; podman ${report.podman.version} (${report.engine.ociRuntime ?? 'its default OCI runtime'}, cgroups ${report.podman.cgroupVersion})`);
            return report;
        }, (r) => `podman ${r.podman.version}, kernel ${r.kernel}`);
        result.preflight = pre;
        options.onPreflight?.(pre);
        podman = new Podman(pre.engine, pre.runner);
        ctx = {
            config,
            profile: options.profile ?? resolveProfile(config.runtime, config.javaOptions),
            podman,
            files: pre.sudo ? sudoFiles(pre.runner) : directFiles,
            reporter,
            resources,
            runId,
            logDir,
            logs: [],
            background: [],
        };
        const c = ctx;
        await saveLog(c, 'setup', 'preflight.json', JSON.stringify({ kernel: pre.kernel, podman: pre.podman, engine: pre.engine, notes: pre.notes }, null, 2), 'setup');
        // the registry login runs while the image builds
        const sessionStart = Date.now();
        pending = config.push ? openRegistrySession(c, imageRefs(config)) : null;
        pending?.catch(() => undefined);
        result.build = await phase('build', true, () => build(c, options.imageCache ?? null), (b) => (b.built ? `built ${b.image}` : `using ${b.image}`));
        const built = result.build;
        if (pending) {
            try {
                session = await pending;
            }
            catch (e) {
                result.phases.push({ name: 'push', status: 'failed', durationMs: Date.now() - sessionStart, detail: e.message });
                throw e;
            }
        }
        // the JDK version for the labels is read from the image during the dump (not on the critical path,
        // and not competing for the CPU with the app's start-up, which readiness waits for)
        const jdk = new Promise((r) => (jdkGate = r)).then((read) => (read ? jdkVersion(c, built.image, built.config.env) : 'unknown'));
        const readJdk = () => jdkGate(true);
        c.background.push(jdk);
        // the runner's CPU against the image's CRIU, beside the checkpoint run (see ./cpu-check.ts)
        const cpuCheck = checkCpuAgainstCriu(c, built.image, options.hostCpu);
        c.background.push(cpuCheck);
        result.checkpoint = await phase('checkpoint', true, async () => {
            let settled = false;
            // a known-failing pair: kill the checkpoint container (it may still be starting) until checkpoint() returns
            const guard = cpuCheck.then(async (k) => {
                if (k.verdict.ok)
                    return;
                reporter.warning(k.verdict.message);
                const name = containerName(c, 'checkpoint');
                while (!settled) {
                    await podman.kill(name, 'KILL').catch(() => null);
                    await (0,promises_namespaceObject.setTimeout)(200);
                }
            }, () => undefined);
            try {
                return await checkpoint(c, built, { triggered: readJdk });
            }
            catch (e) {
                const k = await cpuCheck.catch(() => null);
                if (k && !k.verdict.ok)
                    throw new PhaseError('checkpoint', 'checkpoint', k.verdict.message);
                throw e;
            }
            finally {
                settled = true;
                await guard;
            }
        }, (k) => `${(k.checkpointBytes / 1e6).toFixed(1)} MB in ${k.checkpointFiles} files`);
        result.outputs['checkpoint-bytes'] = String(result.checkpoint.checkpointBytes);
        const checkpointContainer = result.checkpoint.container;
        result.commit = await phase('commit', true, async () => {
            // the original's sizes are read by id: its temporary tag may already be going (below)
            const committed = await commit(c, result.checkpoint, await jdk, built.config.id || built.image, async () => {
                // the checkpoint container goes while the sizes are read; if that fails it stays tracked, and
                // the cleanup at the end tries again and reports it
                try {
                    // what still reads the container (podman's copy of its output) finishes first
                    await Promise.allSettled([...c.background]);
                    await podman.removeContainer(checkpointContainer);
                    resources.released('containers', checkpointContainer);
                }
                catch (e) {
                    reporter.warning(`could not remove the checkpoint container now (the cleanup retries): ${e.message}`);
                }
            }, async () => {
                // without verify nothing starts the built image again: its temporary tag goes now, beside the
                // container's removal and the size reads, instead of after the run (only the tag: the restore
                // image builds on it)
                if (config.verify || !built.built || !built.config.id)
                    return;
                try {
                    if (!(await podman.removeImageIfUnused(built.image)))
                        await podman.untag(built.image);
                    resources.released('tempTags', built.image);
                }
                catch {
                    // still tracked: the cleanup at the end tries again and reports it
                }
            });
            // until verified, the restore image counts as temporary: a failure removes it
            for (const ref of committed.refs)
                resources.tempTag(ref);
            return committed;
        }, (m) => `${m.refs.join(', ')}; +${(m.sizes.addedBytes / 1e6).toFixed(1)} MB in ${m.sizes.layersAdded} layer(s)`);
        result.outputs.image = result.commit.refs[0] ?? '';
        // a restore on a CPU without a feature the checkpoint's CPU had may crash: said before verifying
        const lacking = missingCpuFeatures(result.commit.labels['io.checkpoint-image.cpu-flags'], (await cpuCheck.catch(() => null))?.cpu ?? (await (options.hostCpu ?? readCpuInfo)()));
        if (lacking.length)
            reporter.warning(`this host's CPU lacks ${lacking.join(' ')}, which the checkpoint's CPU had: the restore may crash here (CRaC: -XX:CPUFeatures=generic at checkpoint avoids it).`);
        result.verify = await phase('verify', config.verify, () => verify(c, result.commit.refs[0], built.image), (v) => `restore ${v.restoreMedianMs} ms${v.coldMedianMs !== null ? `, cold ${v.coldMedianMs} ms, ${v.speedup}x` : ''}`);
        if (result.verify) {
            result.outputs['restore-start-ms'] = String(result.verify.restoreMedianMs);
            result.outputs['cold-start-ms'] = result.verify.coldMedianMs === null ? '' : String(result.verify.coldMedianMs);
            result.outputs.speedup = result.verify.speedup === null ? '' : String(result.verify.speedup);
        }
        result.push = await phase('push', config.push, () => push(c, result.commit.refs, session, options.pushRetryDelaysMs), (p) => p.digest);
        if (result.push)
            result.outputs.digest = result.push.digest;
        for (const ref of result.commit.refs)
            resources.released('tempTags', ref);
        if (config.manifestsDir) {
            const restore = restoreRunOptions(c);
            result.manifests = await writeDeployManifests(config.manifestsDir, {
                name: config.imageName.split('/').pop() ?? 'app',
                image: result.push?.digest ? `${config.imageName}@${result.push.digest}` : result.outputs.image,
                runtime: config.runtime,
                port: config.port,
                readyPath: config.readyPath,
                // exactly what the verify step restores with (the runtime's set plus `cap-add`)
                capAdd: restore.capAdd,
                privileged: restore.privileged,
            });
            result.outputs.manifests = result.manifests.join('\n');
        }
        result.ok = true;
    }
    catch (e) {
        const err = e;
        result.error = err.message;
        result.failedPhase = e instanceof PhaseError ? e.phase : (result.phases.find((p) => p.status === 'failed')?.name ?? null);
        reporter.warning(err.message);
        if (ctx) {
            // only the failed phase's logs: a push failure is not explained by the build log
            const stage = e instanceof PhaseError ? e.stage : undefined;
            const phaseLogs = ctx.logs.filter((l) => external_node_path_default().relative(logDir, l.path).split((external_node_path_default()).sep)[0] === result.failedPhase);
            result.findings = analyze(phaseLogs, { runtime: config.runtime, stage, failed: true });
        }
    }
    finally {
        jdkGate(false);
        if (ctx)
            await Promise.allSettled(ctx.background);
        // a login still in flight (the build failed first) must finish before its folder is removed
        await (session ?? (await pending?.catch(() => null)))?.close();
        result.leftovers = await cleanup(podman, resources.snapshot());
        // verified, not assumed: what podman still has of this run (released tags that were promoted to
        // the restore image are kept on purpose and not looked up)
        const kept = new Set(result.ok ? (result.commit?.refs ?? []) : []);
        // (only once podman was reached: a failed setup created nothing)
        const remains = result.preflight ? await remainsOfRun(podman, runId, [...tagsOfRun].filter((t) => !kept.has(t))).catch((e) => [`cleanup check failed: ${e.message}`]) : [];
        // one line per resource: a failed removal already names it
        for (const r of remains)
            if (!result.leftovers.some((l) => l.startsWith(r.slice(0, r.indexOf(':') + 1))))
                result.leftovers.push(r);
        for (const l of result.leftovers)
            reporter.warning(`cleanup: ${l}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/reporter.ts
/** Plain terminal output (stderr, so that `--json` keeps stdout for the result). */
function consoleReporter(stream = process.stderr, quiet = false) {
    const write = (line) => {
        if (!quiet)
            stream.write(`${line}\n`);
    };
    return {
        info: (m) => write(m),
        notice: (m) => write(`notice: ${m}`),
        warning: (m) => write(`warning: ${m}`),
        async group(title, fn) {
            write(`== ${title}`);
            const started = Date.now();
            try {
                return await fn();
            }
            finally {
                write(`   (${title}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
            }
        },
    };
}
/** Collects everything; for tests and for callers that render their own output. */
function recordingReporter() {
    const lines = [];
    return {
        lines,
        info: (m) => void lines.push(`info: ${m}`),
        notice: (m) => void lines.push(`notice: ${m}`),
        warning: (m) => void lines.push(`warning: ${m}`),
        async group(title, fn) {
            lines.push(`group: ${title}`);
            return fn();
        },
    };
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary as Markdown (GitHub renders it as GFM, Mermaid chart included). Pure: the action
 * writes it with core.summary, the CLI can print it, tests render it with a GFM parser.
 *
 * A failed run opens with the cause and its fix, from the top root-cause finding, before any table.
 * Text is escaped for where it goes: outside code spans `<`, `>` and `&` become entities (GitHub
 * would take `<T>` for HTML); inside code spans nothing is entity-escaped (GFM shows entities there
 * literally); in table cells `|` is escaped everywhere (GFM removes that backslash inside code spans
 * too). Evidence lines are long and unbreakable, so they sit in a folded block below the table.
 */




const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const icon = { ok: '✅', failed: '❌', skipped: '⏭️' };
/** Cold start red, restore green: GitHub's Primer danger and success colours. */
const BAR_COLOURS = '#cf222e, #1a7f37';
const KIND = { 'root-cause': 'cause', symptom: 'symptom', unrecognised: 'unrecognised' };
/** Entities for the characters GitHub would read as HTML, outside code spans only. */
const entities = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * Markdown text with `code spans` kept literal: the text between backticks is left as it is, the
 * rest is entity-escaped. `cell` also escapes pipes for a table cell; newlines become spaces.
 */
function inline(text, cell = false) {
    const flat = text.replace(/\s*\n\s*/g, ' ');
    const parts = flat.split(/(`+[^`]*?`+)/);
    const out = parts.map((p, i) => (i % 2 === 1 && /^(`+)[^`]*\1$/.test(p) ? p : entities(p))).join('');
    return cell ? out.replace(/\|/g, '\\|') : out;
}
/** A code span for any text: a fence longer than any backtick run inside, padded where needed. */
function code(text, cell = false) {
    const flat = text.replace(/\s*\n\s*/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    const span = `${fence}${pad}${flat}${pad}${fence}`;
    return cell ? span.replace(/\|/g, '\\|') : span;
}
/** A fenced code block that survives fences inside the text. */
function block(text) {
    const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${text}\n${fence}`;
}
function mermaidChart(title, coldMs, restoreMs) {
    const max = Math.max(coldMs, restoreMs, 1);
    return [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${BAR_COLOURS}"}}}}%%`,
        'xychart-beta',
        `  title "${title.replace(/"/g, "'")}"`,
        `  x-axis ["cold start: ${coldMs} ms", "restore: ${restoreMs} ms"]`,
        `  y-axis "ms to first response" 0 --> ${Math.ceil(max * 1.1)}`,
        // one series per bar, so that each gets its own colour from the palette
        `  bar [${coldMs}, 0]`,
        `  bar [0, ${restoreMs}]`,
        '```',
    ].join('\n');
}
/** The lead of a failed run: cause and fix of the top finding, its docs and where the evidence is. */
function causeLead(findings) {
    const top = findings.find((f) => f.role === 'root-cause') ?? findings.find((f) => f.role === 'unrecognised');
    if (!top)
        return [];
    const docs = top.docs ? ` ([docs](${top.docs}))` : '';
    const confidence = top.role === 'unrecognised' ? ' (no known signature; low confidence)' : '';
    return [
        `**Cause:** ${inline(top.cause)}${confidence}${docs}  `,
        `**Fix:** ${inline(top.remedy)}  `,
        `<sub>Evidence: ${code(`${shortPath(top.file)}:${top.line}`)}, see Diagnosis below.</sub>`,
    ];
}
function findingsTable(findings) {
    if (!findings.length)
        return '';
    const rows = findings.map((f, i) => {
        const docs = f.docs ? ` [docs](${f.docs})` : '';
        const kind = f.role === 'symptom' ? 'symptom (a consequence; the cause is above)' : KIND[f.role];
        return `| ${i + 1} | ${kind} | ${inline(f.category, true)} | ${inline(f.cause, true)} | ${inline(f.remedy, true)}${docs} |`;
    });
    return ['| # | kind | category | cause | fix |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
/** Evidence lines, folded: each under its file and line, in a code block that scrolls instead of widening the page. */
function evidenceDetails(findings) {
    if (!findings.length)
        return '';
    const items = findings.map((f, i) => `**${i + 1}.** ${code(`${shortPath(f.file)}:${f.line}`)}\n\n${block(clipWords(f.text, 300))}`);
    return ['<details><summary>Evidence (log lines)</summary>', '', ...items.flatMap((x) => [x, '']), '</details>'].join('\n');
}
/**
 * What tells one job of a workflow from another in the summary: the job id, the runner image and
 * architecture, and the image built; `CHECKPOINT_IMAGE_JOB_KEY` (e.g. `${{ toJSON(matrix) }}`)
 * replaces it when set. GitHub gives actions no matrix values of their own.
 */
function jobKeyFromEnv(env, config) {
    const explicit = env.CHECKPOINT_IMAGE_JOB_KEY?.replace(/\s+/g, ' ').trim();
    if (explicit)
        return explicit;
    const parts = [env.GITHUB_JOB, env.ImageOS, env.RUNNER_ARCH?.toLowerCase(), config.imageName.split('/').pop()].filter((p) => Boolean(p));
    return parts.length > 1 ? parts.join(' · ') : undefined;
}
function summaryMarkdown(r, extras = {}) {
    const out = [];
    const key = extras.jobKey ? ` (${inline(extras.jobKey)})` : '';
    out.push(`## checkpoint-image: ${r.config.runtime}${key} ${r.ok ? icon.ok : icon.failed}`, '');
    const lead = r.ok ? [] : causeLead(r.findings);
    if (!r.ok) {
        if (lead.length)
            out.push(...lead, '');
        if (r.error)
            out.push(`> **Failed${r.failedPhase ? ` in ${r.failedPhase}` : ''}:** ${inline(clipWords(r.error, 400))}`, '');
    }
    out.push('| phase | outcome | time | detail |', '| --- | --- | --- | --- |');
    for (const p of r.phases) {
        // the failed phase's message is already quoted above the table; with a known cause, point there
        const detail = p.status === 'failed' && lead.length && p.detail === r.error ? 'see the cause above' : clipWords(p.detail, 200);
        out.push(`| ${p.name} | ${icon[p.status]} ${p.status} | ${p.status === 'skipped' ? '' : secs(p.durationMs)} | ${inline(detail, true)} |`);
    }
    out.push('');
    if (r.verify) {
        const v = r.verify;
        out.push('### Cold start vs restore', '');
        out.push('| | median | min | max | runs |', '| --- | --- | --- | --- | --- |');
        const row = (name, xs) => `| ${name} | ${median(xs)} ms | ${Math.min(...xs)} ms | ${Math.max(...xs)} ms | ${xs.length} |`;
        if (v.cold.length)
            out.push(row('cold start', v.cold.map((s) => s.ms)));
        out.push(row('restore', v.restore.map((s) => s.ms)));
        out.push('');
        if (v.speedup !== null)
            out.push(`**${v.speedup}x** faster to the first response (cold ${v.coldMedianMs} ms, restore ${v.restoreMedianMs} ms).`, '');
        if (v.coldMedianMs !== null) {
            out.push(mermaidChart(`${r.config.runtime}${extras.jobKey ? ` ${extras.jobKey}` : ''}: time to first response`, v.coldMedianMs, v.restoreMedianMs), '');
        }
        else {
            // one bar compares nothing: say what was measured instead
            out.push(`Restore answered after ${v.restoreMedianMs} ms (median); no cold start was measured (input \`compare-runs: 0\`).`, '');
        }
    }
    if (r.checkpoint || r.commit) {
        out.push('### Image', '');
        if (r.commit)
            out.push(`- restore image: ${r.commit.refs.map((ref) => code(ref)).join(', ')}`);
        if (r.push?.digest)
            out.push(`- digest: ${code(r.push.digest)}`);
        if (r.checkpoint)
            out.push(`- checkpoint: ${(r.checkpoint.checkpointBytes / 1e6).toFixed(1)} MB in ${r.checkpoint.checkpointFiles} files; ready after ${r.checkpoint.readyMs ?? '–'} ms, checkpoint triggered ${r.checkpoint.triggerLatencyMs ?? '–'} ms after readiness`);
        if (r.commit) {
            const z = r.commit.sizes;
            out.push(`- image size: ${(z.restoreBytes / 1e6).toFixed(1)} MB, original ${(z.originalBytes / 1e6).toFixed(1)} MB; the restore image adds ${z.layersAdded} layer(s) of ${(z.addedBytes / 1e6).toFixed(1)} MB`);
        }
        const bc = r.build?.baseImageCache;
        if (bc?.key)
            out.push(`- base-image cache: ${bc.hit ? `hit, loaded ${bc.images.map((i) => inline(i)).join(', ')} in ${bc.ms} ms` : `miss, saved ${(bc.bytes / 1e6).toFixed(0)} MB in ${bc.ms} ms`} (${code(bc.key)})`);
        if (r.commit?.restoreCommand)
            out.push(`- restore command: ${code(r.commit.restoreCommand.join(' '))}`);
        if (r.commit)
            out.push(`- run it: ${code(restoreRunCommand(r.outputs.image || r.commit.refs[0] || '', { port: r.config.port, ...restoreRunOptions({ config: r.config, profile: resolveProfile(r.config.runtime, r.config.javaOptions) }) }))}`);
        out.push('');
    }
    if (r.findings.length)
        out.push('### Diagnosis', '', findingsTable(r.findings), '', evidenceDetails(r.findings), '');
    out.push(extras.artifactUrl ? `Logs: [artifact](${extras.artifactUrl}) (also in ${code(r.logDir)})` : `Logs: ${code(r.logDir)}`, '');
    return out.join('\n');
}
function shortPath(file) {
    return file.split('/').slice(-2).join('/');
}

;// CONCATENATED MODULE: ./src/index.ts
/**
 * checkpoint-image as a library: the same pipeline the action and the CLI run.
 *
 *   import { runPipeline, consoleReporter } from 'checkpoint-image';
 *   const result = await runPipeline({ runtime: 'criu', image: 'localhost/app', 'ready-url': '/' },
 *                                    { reporter: consoleReporter() });
 */












var __webpack_exports__INPUT_SPECS = __webpack_exports__.a6;
var __webpack_exports__InputError = __webpack_exports__.dz;
var __webpack_exports__OUTPUT_SPECS = __webpack_exports__.bC;
var __webpack_exports__Podman = __webpack_exports__.oh;
var __webpack_exports__PreflightError = __webpack_exports__.wG;
var __webpack_exports__RUNTIMES = __webpack_exports__.aC;
var __webpack_exports__RUNTIME_NAMES = __webpack_exports__.st;
var __webpack_exports__SIGNATURES = __webpack_exports__.eh;
var __webpack_exports__TRIGGERS = __webpack_exports__.Qb;
var __webpack_exports__VERSION = __webpack_exports__.xv;
var __webpack_exports__analyze = __webpack_exports__.ns;
var __webpack_exports__consoleReporter = __webpack_exports__.Ps;
var __webpack_exports__defaultLogDir = __webpack_exports__.V7;
var __webpack_exports__deployManifests = __webpack_exports__.I7;
var __webpack_exports__parseInputs = __webpack_exports__.TL;
var __webpack_exports__preflight = __webpack_exports__.Mz;
var __webpack_exports__readLogs = __webpack_exports__.o_;
var __webpack_exports__recordingReporter = __webpack_exports__.ly;
var __webpack_exports__runPipeline = __webpack_exports__.aI;
var __webpack_exports__summaryMarkdown = __webpack_exports__.eH;
var __webpack_exports__writeDeployManifests = __webpack_exports__.Bz;
export { __webpack_exports__INPUT_SPECS as INPUT_SPECS, __webpack_exports__InputError as InputError, __webpack_exports__OUTPUT_SPECS as OUTPUT_SPECS, __webpack_exports__Podman as Podman, __webpack_exports__PreflightError as PreflightError, __webpack_exports__RUNTIMES as RUNTIMES, __webpack_exports__RUNTIME_NAMES as RUNTIME_NAMES, __webpack_exports__SIGNATURES as SIGNATURES, __webpack_exports__TRIGGERS as TRIGGERS, __webpack_exports__VERSION as VERSION, __webpack_exports__analyze as analyze, __webpack_exports__consoleReporter as consoleReporter, __webpack_exports__defaultLogDir as defaultLogDir, __webpack_exports__deployManifests as deployManifests, __webpack_exports__parseInputs as parseInputs, __webpack_exports__preflight as preflight, __webpack_exports__readLogs as readLogs, __webpack_exports__recordingReporter as recordingReporter, __webpack_exports__runPipeline as runPipeline, __webpack_exports__summaryMarkdown as summaryMarkdown, __webpack_exports__writeDeployManifests as writeDeployManifests };
