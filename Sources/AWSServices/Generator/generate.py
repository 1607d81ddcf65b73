#!/usr/bin/env python3
"""Generates the typed shapes, operation enums, methods and list-all helpers of AWSServices.

Reads the botocore models (service-2.json, paginators-1.json) of the five services orgops calls
and writes Swift into Sources/AWSServices/<Service>/. The output is committed; run this again only
to add an operation (append it to SERVICES) or follow a model change, then review the diff:

    python3 Sources/AWSServices/Generator/generate.py Sources/AWSServices

Hand-written parts (Core/, Waiters, *+Waiters.swift) are never touched.
"""
import json, gzip, glob, os, re, html, sys

import botocore
BC = os.path.join(os.path.dirname(botocore.__file__), 'data')
OUT = sys.argv[1]

SERVICES = {
 'organizations': dict(api='OrganizationsAPI', folder='Organizations', desc='organizations', iam='organizations', query=False, ops='''
DescribeOrganization CreateOrganization ListRoots EnablePolicyType DisablePolicyType ListOrganizationalUnitsForParent
CreateOrganizationalUnit UpdateOrganizationalUnit DeleteOrganizationalUnit DescribeOrganizationalUnit ListAccounts
ListAccountsForParent ListParents ListChildren DescribeAccount CreateAccount DescribeCreateAccountStatus
ListCreateAccountStatus MoveAccount TagResource UntagResource ListTagsForResource CloseAccount
RemoveAccountFromOrganization ListPolicies DescribePolicy CreatePolicy UpdatePolicy DeletePolicy AttachPolicy
DetachPolicy ListTargetsForPolicy ListPoliciesForTarget RegisterDelegatedAdministrator
DeregisterDelegatedAdministrator ListDelegatedAdministrators ListDelegatedServicesForAccount
EnableAWSServiceAccess DisableAWSServiceAccess ListAWSServiceAccessForOrganization'''),
 'cloudformation': dict(api='CloudFormationAPI', folder='CloudFormation', desc='cloudFormation', iam='cloudformation', query=True, ops='''
CreateStackSet UpdateStackSet DeleteStackSet DescribeStackSet ListStackSets CreateStackInstances UpdateStackInstances
DeleteStackInstances ListStackInstances DescribeStackInstance DescribeStackSetOperation ListStackSetOperations
ListStackSetOperationResults DetectStackSetDrift ListStackInstanceResourceDrifts ActivateOrganizationsAccess
DescribeOrganizationsAccess'''),
 'sso-admin': dict(api='SSOAdminAPI', folder='SSOAdmin', desc='ssoAdmin', iam='sso', query=False, ops='''
ListInstances CreatePermissionSet DescribePermissionSet UpdatePermissionSet DeletePermissionSet ListPermissionSets
AttachManagedPolicyToPermissionSet DetachManagedPolicyFromPermissionSet ListManagedPoliciesInPermissionSet
AttachCustomerManagedPolicyReferenceToPermissionSet DetachCustomerManagedPolicyReferenceFromPermissionSet
ListCustomerManagedPolicyReferencesInPermissionSet PutInlinePolicyToPermissionSet GetInlinePolicyForPermissionSet
DeleteInlinePolicyFromPermissionSet PutPermissionsBoundaryToPermissionSet GetPermissionsBoundaryForPermissionSet
DeletePermissionsBoundaryFromPermissionSet TagResource UntagResource ListTagsForResource ProvisionPermissionSet
DescribePermissionSetProvisioningStatus ListPermissionSetProvisioningStatus ListAccountsForProvisionedPermissionSet
ListPermissionSetsProvisionedToAccount CreateAccountAssignment DeleteAccountAssignment
DescribeAccountAssignmentCreationStatus DescribeAccountAssignmentDeletionStatus ListAccountAssignments
ListAccountAssignmentsForPrincipal CreateInstanceAccessControlAttributeConfiguration
DescribeInstanceAccessControlAttributeConfiguration UpdateInstanceAccessControlAttributeConfiguration
DeleteInstanceAccessControlAttributeConfiguration'''),
 'identitystore': dict(api='IdentityStoreAPI', folder='IdentityStore', desc='identityStore', iam='identitystore', query=False, ops='''
ListUsers ListGroups GetGroupId GetUserId DescribeUser DescribeGroup'''),
 'sts': dict(api='STSAPI', folder='STS', desc='sts', iam='sts', query=True, ops='''GetCallerIdentity AssumeRole AssumeRoleWithWebIdentity'''),
}

ALWAYS_SECRET = {'SecretAccessKey', 'SessionToken', 'WebIdentityToken', 'TokenCode', 'ParameterValue'}
# Operations AWS limits by how many are outstanding: the call holds a permit of that in-flight group.
PERMITS = {('sso-admin', 'CreateAccountAssignment'): 'assignments', ('sso-admin', 'DeleteAccountAssignment'): 'assignments',
           ('organizations', 'CreateAccount'): 'create-account'}
KEYWORDS = {'default','protocol','operator','extension','import','internal','public','private','self','Self','type','enum','struct','class','func','var','let','in','is','as','case','where','repeat','return','throw','throws','true','false','nil','init','deinit','subscript','static','switch','if','else','for','while','do','try','catch','break','continue','fallthrough','guard','defer'}
RESERVED_TYPES = {'Error','Result','Type','Set','Data','URL','Operation','Date','String','Int','Bool','Double','Array','Dictionary','Optional','Encodable','Decodable','Codable','Protocol','Any','Self'}

def first_sentence(doc, cap=170):
    if not doc: return None
    t = re.sub(r'<[^>]+>', ' ', doc)
    t = html.unescape(t)
    t = re.sub(r'\s+', ' ', t).strip()
    if not t: return None
    m = re.match(r'(.+?[.!?])(\s|$)', t)
    s = m.group(1) if m else t
    if len(s) > cap:
        cut = s[:cap].rsplit(' ', 1)[0]
        s = cut.rstrip(',;:') + '…'
    return s.replace('*/', '* /')

def camel(name):
    # Lower-cases the leading word: IAMUserAccessToBilling -> iamUserAccessToBilling
    m = re.match(r'^([A-Z]+)(?=[A-Z][a-z]|[0-9]|$)', name)
    if m and len(m.group(1)) > 1:
        r = m.group(1).lower() + name[len(m.group(1)):]
    else:
        r = name[0].lower() + name[1:]
    return r

def ident(name):
    c = camel(name)
    return f'`{c}`' if c in KEYWORDS else c

def bare(name):
    return camel(name)

class Gen:
    def __init__(self, svc, cfg):
        self.svc = svc; self.cfg = cfg
        d = glob.glob(f'{BC}/{svc}/*/')[0]
        self.m = json.load(gzip.open(d + 'service-2.json.gz'))
        self.pag = json.load(open(d + 'paginators-1.json'))['pagination']
        self.shapes = self.m['shapes']
        self.ops = cfg['ops'].split()
        self.api = cfg['api']
        self.query = cfg['query']
        self.in_reach = set(); self.out_reach = set()
        self.top_in = {}; self.top_out = {}
        for op in self.ops:
            o = self.m['operations'][op]
            if 'input' in o:
                self.top_in[o['input']['shape']] = op
                self.walk(o['input']['shape'], self.in_reach, top=True)
            if 'output' in o and not self.shapes[o['output']['shape']]['members']:
                del o['output']
            if 'output' in o:
                self.top_out[o['output']['shape']] = op
                self.walk(o['output']['shape'], self.out_reach, top=True)

    def walk(self, sn, acc, top=False):
        s = self.shapes[sn]
        if s['type'] == 'structure' and not s.get('document') and not s.get('exception'):
            if not top:
                if sn in acc: return
                acc.add(sn)
            for mem in s['members'].values(): self.walk(mem['shape'], acc)
        elif s['type'] == 'list':
            self.walk(s['member']['shape'], acc)
        elif s['type'] == 'map':
            self.walk(s['key']['shape'], acc); self.walk(s['value']['shape'], acc)

    def tname(self, sn):
        if sn in self.top_in: return self.top_in[sn] + 'Request'
        if sn in self.top_out: return self.top_out[sn] + 'Response'
        return sn + 'Value' if sn in RESERVED_TYPES else sn

    def swift_type(self, sn):
        s = self.shapes[sn]; t = s['type']
        if t == 'structure':
            if s.get('document'): return 'JSONValue'
            return self.tname(sn)
        if t == 'string': return 'String'
        if t in ('integer', 'long'): return 'Int'
        if t == 'boolean': return 'Bool'
        if t in ('double', 'float'): return 'Double'
        if t == 'timestamp': return 'Date'
        if t == 'list': return '[' + self.swift_type(s['member']['shape']) + ']'
        if t == 'map': return '[' + self.swift_type(s['key']['shape']) + ': ' + self.swift_type(s['value']['shape']) + ']'
        raise Exception(t)

    def is_sensitive(self, mem):
        s = self.shapes[mem['shape']]
        return bool(s.get('sensitive') or mem.get('sensitive') or mem.get('_name') in ALWAYS_SECRET)

    def struct(self, sn, role):
        """role: 'request', 'response' or 'nested'."""
        s = self.shapes[sn]
        name = self.tname(sn)
        output_side = sn in self.out_reach or role == 'response'
        required = set(s.get('required', [])) if not output_side else set()
        doc = first_sentence(s.get('documentation'))
        if role == 'request':
            doc = f'The input of `{self.top_in[sn]}`.' + (f' {doc}' if doc and not doc.startswith('Contains') else '')
            doc = first_sentence(doc, 200) if len(doc) > 200 else doc
        elif role == 'response':
            doc = f'The output of `{self.top_out[sn]}`.'
        elif not doc:
            doc = f'The `{sn}` structure of the {self.svc} API.'
        L = []
        L.append(f'    /// {doc}')
        if s.get('union'):
            L.append('    ///')
            L.append('    /// AWS models this as a union: set exactly one member.')
        L.append(f'    public struct {name}: Codable, Sendable, Equatable {{')
        members = list(s['members'].items())
        for mn, mem in members: mem['_name'] = mn
        params = []
        for mn, mem in members:
            st = self.swift_type(mem['shape'])
            opt = mn not in required
            md = first_sentence(mem.get('documentation')) or f'The `{mn}` member.'
            if self.is_sensitive(mem): md += ' Sensitive: never printed.'
            L.append(f'        /// {md}')
            L.append(f'        public var {ident(mn)}: {st}{"?" if opt else ""}')
            params.append((mn, st, opt))
        # init: required first keeps call sites natural
        L.append('')
        L.append('        /// Creates a value; members AWS marks as required have no default.')
        plist = ', '.join(f'{bare(mn)}: {st}{"? = nil" if opt else ""}' for mn, st, opt in params)
        L.append(f'        public init({plist}) {{')
        for mn, st, opt in params:
            L.append(f'            self.{bare(mn)} = {bare(mn)}')
        L.append('        }')
        if members:
            L.append('')
            L.append('        enum CodingKeys: String, CodingKey {')
            for mn, st, opt in params:
                L.append(f'            case {ident(mn)} = "{mn}"')
            L.append('        }')
        L.append('    }')
        sens = [mn for mn, mem in members if self.is_sensitive(mem)]
        ext = []
        if sens:
            ext.append('')
            ext.append(f'extension {self.api}.{name}: CustomDebugStringConvertible, CustomReflectable {{')
            ext.append('    /// The shape with its sensitive members redacted, so a value can be logged safely.')
            shown = []
            for mn, st, opt in params:
                if mn in sens:
                    shown.append(f'{bare(mn)}: <redacted>')
                else:
                    shown.append(f'{bare(mn)}: \\(String(describing: self.{bare(mn)}))')
            ext.append(f'    public var debugDescription: String {{ "{name}({", ".join(shown)})" }}')
            ext.append('')
            ext.append('    /// What `print`, `dump` and interpolation show: sensitive members as `<redacted>`.')
            ext.append('    public var customMirror: Mirror {')
            kids = []
            for mn, st, opt in params:
                if mn in sens:
                    kids.append(f'"{bare(mn)}": "<redacted>" as Any')
                else:
                    kids.append(f'"{bare(mn)}": self.{bare(mn)} as Any')
            ext.append(f'        Mirror(self, children: [{", ".join(kids)}], displayStyle: .struct)')
            ext.append('    }')
            ext.append('}')
        if self.query:
            if sn in self.in_reach or role == 'request':
                ext.append('')
                ext.append(f'extension {self.api}.{name}: QueryEncodable {{')
                ext.append('    func encode(to writer: inout QueryWriter, prefix: String) {')
                if not params:
                    ext[-1] = '    func encode(to writer: inout QueryWriter, prefix: String) {}'
                else:
                    for mn, st, opt in params:
                        ext.append(self.query_encode_line(mn, s['members'][mn]))
                    ext.append('    }')
                ext.append('}')
            if output_side:
                ext.append('')
                ext.append(f'extension {self.api}.{name}: XMLDecodable {{')
                if not params:
                    ext.append('    init(xml: XMLNode) { self.init() }')
                else:
                    ext.append('    init(xml: XMLNode) {')
                    ext.append('        self.init(')
                    args = []
                    for mn, st, opt in params:
                        args.append(f'            {bare(mn)}: {self.xml_decode_expr(mn, s["members"][mn])}')
                    ext.append(',\n'.join(args) + ')')
                    ext.append('    }')
                ext.append('}')
        return L, ext

    def query_encode_line(self, mn, mem):
        s = self.shapes[mem['shape']]
        v = f'{ident(mn)}'
        if s['type'] == 'list':
            return f'        writer.list(prefix, "{mn}", {v})'
        if s['type'] == 'map':
            return f'        writer.map(prefix, "{mn}", {v})'
        return f'        writer.value(prefix, "{mn}", {v})'

    def xml_decode_expr(self, mn, mem):
        s = self.shapes[mem['shape']]
        if s['type'] == 'list':
            return f'xml.list("{mn}")'
        if s['type'] == 'map':
            return f'xml.map("{mn}")'
        return f'xml.value("{mn}")'

    def file_header(self):
        return ['// Generated from the botocore model of ' + self.svc + ' ' + self.m['metadata']['apiVersion'] +
                '; shapes keep AWS\'s names in Swift casing.', 'import Foundation', 'import AWSClient', '']

    def write(self, path, lines):
        full = os.path.join(OUT, self.cfg['folder'], path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w') as f: f.write('\n'.join(lines).rstrip() + '\n')

    def run(self):
        # per-operation files: request + response
        for op in self.ops:
            o = self.m['operations'][op]
            L = self.file_header(); E = []
            L.append(f'extension {self.api} {{')
            first = True
            for key, role in (('input', 'request'), ('output', 'response')):
                if key in o:
                    if not first: L.append('')
                    a, e = self.struct(o[key]['shape'], role); L += a; E += e; first = False
            L.append('}')
            if E: L += E
            self.write(f'Operations/{self.api}+{op}.swift', L)
        # nested types
        for sn in sorted(self.in_reach | self.out_reach):
            if sn in self.top_in or sn in self.top_out: continue
            L = self.file_header(); L.append(f'extension {self.api} {{')
            a, e = self.struct(sn, 'nested'); L += a; L.append('}')
            if e: L += e
            self.write(f'Types/{self.api}+{self.tname(sn)}.swift', L)
        self.write_api()
        self.write_pagination()

    def method_name(self, op):
        return camel(op)

    def write_api(self):
        md = self.m['metadata']
        L = self.file_header()
        title = md.get('serviceFullName', self.svc)
        L.append(f'/// Typed calls to {title}, one method per operation the reconcilers use.')
        L.append('///')
        L.append('/// A small value over a shared `AWSClient`, so signing, retries and rate limits stay in one')
        L.append('/// place; every method names its `Operation`, which is how `AWSOperationTable` stays complete.')
        L.append(f'public struct {self.api}: Sendable {{')
        L.append('    /// The client every call goes through.')
        L.append('    public let client: AWSClient')
        L.append('    /// The region to call; nil uses the client\'s region (global services ignore it).')
        L.append('    public let region: String?')
        L.append('')
        L.append('    /// Wraps a client; pass `region` to address a regional service elsewhere than the client\'s default.')
        L.append('    public init(client: AWSClient, region: String? = nil) {')
        L.append('        self.client = client')
        L.append('        self.region = region')
        L.append('    }')
        for op in self.ops:
            o = self.m['operations'][op]
            if o.get('authtype') == 'none':
                continue  # unsigned calls go through the client's own STS service (STSAPI+WebIdentity.swift)
            doc = first_sentence(o.get('documentation')) or f'Calls `{op}`.'
            if (self.svc, op) in PERMITS:
                doc += f' Holds an `{PERMITS[(self.svc, op)]}` permit of the client\'s scope for the call.'
            inp = o.get('input'); out = o.get('output')
            in_t = self.tname(inp['shape']) if inp else None
            out_t = self.tname(out['shape']) if out else None
            has_req = bool(inp and self.shapes[inp['shape']].get('required'))
            L.append('')
            L.append(f'    /// {doc}')
            if in_t:
                arg = f'_ input: {in_t}' + ('' if has_req else ' = .init()')
                send = 'input'
            else:
                arg = ''; send = 'EmptyInput()'
            ret = f' -> {out_t}' if out_t else ''
            tokens = [mn for mn, mem in self.shapes[inp['shape']]['members'].items()
                      if mem.get('idempotencyToken')] if inp else []
            if tokens:
                L[-1] += f' An unset `{tokens[0]}` gets a fresh idempotency token, as the AWS SDKs do.'
            L.append(f'    public func {self.method_name(op)}({arg}) async throws{ret} {{')
            if tokens:
                L.append('        var input = input')
                for mn in tokens:
                    L.append(f'        if input.{bare(mn)} == nil {{')
                    L.append(f'            input.{bare(mn)} = IdempotencyToken.make(random: client.configuration.random)')
                    L.append('        }')
                send = 'input'
            kind = 'Query' if self.query else 'JSON'
            lead = 'return ' if tokens else ''
            group = PERMITS.get((self.svc, op))
            if group and out_t:
                L.append(f'        try await client.limits.withPermit("{group}", scope: client.configuration.scope) {{')
                L.append(f'            try await client.invoke{kind}(Operation.{bare(op)}, input: {send}, region: region)')
                L.append('        }')
            elif out_t:
                L.append(f'        {lead}try await client.invoke{kind}(Operation.{bare(op)}, input: {send}, region: region)')
            else:
                L.append(f'        try await client.invoke{kind}IgnoringOutput(Operation.{bare(op)}, input: {send}, region: region)')
            L.append('    }')
        L.append('}')
        self.write(f'{self.api}.swift', L)
        # operation enum
        L = self.file_header()
        L.append(f'extension {self.api} {{')
        L.append(f'    /// Every {self.svc} operation this module can call: the enum *is* the table,')
        L.append('    /// so a method cannot call an operation that `AWSOperationTable.all` does not list.')
        L.append('    public enum Operation: String, ServiceOperation, CaseIterable {')
        for op in self.ops:
            L.append(f'        /// `{self.cfg["iam"]}:{op}`.')
            L.append(f'        case {ident(op)} = "{op}"')
        L.append('')
        L.append('        /// The service the operations belong to.')
        L.append(f'        public static var service: ServiceDescriptor {{ .{self.cfg["desc"]} }}')
        L.append('        /// The IAM action prefix (the SigV4 signing name).')
        L.append(f'        public static var iamPrefix: String {{ "{self.cfg["iam"]}" }}')
        L.append('    }')
        L.append('}')
        self.write(f'{self.api}+Operation.swift', L)

    def write_pagination(self):
        L = self.file_header()
        L.append(f'extension {self.api} {{')
        n = 0
        for op in self.ops:
            p = self.pag.get(op)
            if not p or not op.startswith('List') or isinstance(p.get('result_key'), list): continue
            o = self.m['operations'][op]
            in_s = self.shapes[o['input']['shape']]; out_s = self.shapes[o['output']['shape']]
            rk = p['result_key']; it = p['input_token']; ot = p['output_token']
            rtype = self.swift_type(out_s['members'][rk]['shape'])
            has_req = bool(in_s.get('required'))
            in_t = self.tname(o['input']['shape'])
            if n: L.append('')
            L.append(f'    /// Every `{rk}` of `{op}`, following `{ot}` until the last page.')
            arg = f'_ input: {in_t}' + ('' if has_req else ' = .init()')
            L.append(f'    public func {camel("ListAll" + op[4:])}({arg}) async throws -> {rtype} {{')
            L.append(f'        try await collectPages(input, token: \\.{bare(it)}) {{ page in')
            L.append(f'            let output = try await {self.method_name(op)}(page)')
            L.append(f'            return (output.{bare(rk)} ?? [], output.{bare(ot)})')
            L.append('        }')
            L.append('    }')
            n += 1
        L.append('}')
        if n: self.write(f'{self.api}+Pagination.swift', L)

for svc, cfg in SERVICES.items():
    Gen(svc, cfg).run()
print('ok')
