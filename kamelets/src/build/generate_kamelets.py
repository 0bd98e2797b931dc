#!/usr/bin/env python3
"""Writes kamelets/src/main/resources/kamelets/*.kamelet.yaml from the table below (run it after changing
the table, commit its output; KameletsValidationTest checks the files against the rules of apache/camel-kamelets'
validator, the Kamelet schema and the YAML DSL schema, and each vendor's *KameletsTest runs them).

    python3 kamelets/src/build/generate_kamelets.py
"""
import base64
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
OUT = os.path.join(ROOT, 'kamelets', 'src', 'main', 'resources', 'kamelets')
VERSION = re.search(r'<artifactId>callcontrol-camel-parent</artifactId>\s*<version>([^<]+)</version>',
                    open(os.path.join(ROOT, 'pom.xml')).read()).group(1)
CAMEL = re.search(r'<camel.version>([^<]+)</camel.version>', open(os.path.join(ROOT, 'pom.xml')).read()).group(1)

def icon(label, color):
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="30" fill="%s"/>'
           '<path fill="#fff" d="M20 14c2 0 3 1 4 3l3 6c1 2 0 3-1 4l-3 3c2 5 6 9 11 11l3-3c1-1 2-2 4-1l6 3c2 1 3 2 3 4'
           'v4c0 3-2 5-5 5C30 53 11 34 11 17c0-3 2-5 5-5z"/>'
           '<text x="32" y="60" font-family="sans-serif" font-size="9" text-anchor="middle" fill="#fff">%s</text></svg>'
           % (color, label))
    return 'data:image/svg+xml;base64,' + base64.b64encode(svg.encode()).decode()

# property: (title, description, type, extra dict)
def prop(title, description, type_='string', **extra):
    return dict(title=title, description=description, type=type_, **extra)

def secret(title, description):
    return prop(title, description, format='password', **{'x-descriptors': ['urn:camel:group:credentials']})

def user(title, description):
    return prop(title, description, **{'x-descriptors': ['urn:camel:group:credentials']})

# friendly per-message headers of the action Kamelets -> the vendor's header
CALL_ID = ('call-id', 'the call (session, dialog) to act on')
TARGET = ('target', 'the transfer target (number, extension or SIP URI)')
CONSULT = ('consult-call-id', 'the consultation call of an attended transfer')
CALLER = ('caller', 'the calling party')
CALLEE = ('callee', 'the called party')
CALL_TAG = ('call-tag', 'the call part (PortaSIP call.tag) to act on')
EXTENSION = ('extension', 'the extension whose call leg is addressed')
LEG = ('leg', 'the Call-Id of the call leg addressed')
BY = ('by', 'the party acting (Call-Id, URI, number or username)')

VENDORS = {
    'portsip': dict(title='PortSIP', color='#0b6fb8', label='PortSIP', artifact='camel-portsip',
                    conn={'baseUrl': prop('Base URL', 'The PBX REST API root, e.g. https://pbx.example.com:8887/api.', example='https://pbx.example.com:8887/api'),
                          'username': user('Username', 'PBX user that logs in for the access token.'),
                          'password': secret('Password', 'Password of the user that logs in.')},
                    required=['baseUrl', 'username', 'password']),
    'portasip': dict(title='PortaSIP', color='#6a2c91', label='PortaSIP', artifact='camel-portasip',
                     conn={'webSocketUrl': prop('WebSocket URL', 'The Call Control API WebSocket URL, wss://{web-server}:{port}/ws.', example='wss://portasip.example.com:8443/ws'),
                           'login': user('Login', 'Login (account ID, customer or user login) of the session.'),
                           'password': secret('Password', 'Password of the login.')},
                     required=['webSocketUrl', 'login', 'password']),
    'uc-dialogs': dict(title='UC Dialogs', color='#00897b', label='UC', artifact='camel-uc-dialogs',
                       conn={'baseUrl': prop('Base URL', 'Base URL of the server, e.g. https://pbx.example.com.', example='https://pbx.example.com'),
                             'accessToken': secret('Access Token', 'Bearer token of the account (REST and WebSocket).')},
                       required=['baseUrl', 'accessToken']),
    'broadworks': dict(title='BroadWorks', color='#c62828', label='BWKS', artifact='camel-broadworks',
                       conn={'baseUrl': prop('Base URL', 'Base URL of the APIO server in front of BroadWorks.', example='https://apio.example.com'),
                             'username': user('Username', 'APIO login user name.'),
                             'password': secret('Password', 'APIO login password.'),
                             'tenantId': prop('Tenant ID', 'Tenant (enterprise or service provider) of the user.'),
                             'groupId': prop('Group ID', 'Group of the user.'),
                             'userId': prop('User ID', 'User whose calls are controlled.')},
                       required=['baseUrl', 'username', 'password', 'tenantId', 'groupId', 'userId']),
    'sipx': dict(title='sipX', color='#ef6c00', label='sipX', artifact='camel-sipx',
                 conn={'baseUrl': prop('Base URL', 'Base URL before /callcontroller (https://host:6666 with Basic authentication).', example='https://sipx.example.com:6666'),
                       'username': user('Username', 'User name: the calling user or the agent.'),
                       'password': secret('Password', 'Password (the user PIN).'),
                       'authMethod': prop('Authentication Method', 'basic (port 6666), digest (port 6667 and the redirector) or none (sipX trusted domain).', default='digest', enum=['none', 'basic', 'digest'])},
                 required=['baseUrl', 'username', 'password']),
    'sip-native': dict(title='SIP', color='#455a64', label='SIP', artifact='camel-sip-native',
                       conn={'identity': prop('Identity', 'SIP identity (address of record) of the user agent.', example='sip:camel@pbx.example.com'),
                             'listenPort': prop('Listen Port', 'Local SIP port of the user agent.', 'integer', default=5060),
                             'outboundProxy': prop('Outbound Proxy', 'Outbound proxy (host:port) for out-of-dialog requests.'),
                             'password': secret('Password', 'Digest password answering 401/407 challenges.')},
                       required=['identity']),
}

# optional connection properties: {{?name}}
OPTIONAL_CONN = {'sip-native': ['outboundProxy', 'password']}

SOURCES = {
    'portsip': dict(name='portsip-events-source', title='PortSIP Events Source', uri='portsip:events',
                    what='the call events the PortSIP PBX posts to its Event URL (webhook)',
                    props={'webhookPort': prop('Webhook Port', 'Port the webhook receiver listens on.', 'integer', default=8080),
                           'webhookPath': prop('Webhook Path', 'Path of the webhook (the PBX Event URL is http(s)://host:port/path).', default='/portsip/events'),
                           'webhookAuth': prop('Webhook Authentication', 'How the PBX authenticates its webhook calls: BEARER (the default: set webhookBearerToken, the source refuses to start without it) or NONE, which accepts anyone and must be chosen explicitly.', default='BEARER', enum=['BEARER', 'NONE']),
                           'webhookBearerToken': secret('Webhook Bearer Token', 'Expected token of Bearer webhook authentication.')},
                    optional=['webhookBearerToken'], conn=False),
    'portasip': dict(name='portasip-call-notifications-source', title='PortaSIP Call Notifications Source',
                     uri='portasip:call_control_notifications', what='the PortaSIP Call Control API call notifications',
                     props={'iCustomer': prop('Customer', 'i_customer: the PBX environment (customer) to subscribe to.', 'integer')},
                     optional=['iCustomer'], conn=True),
    'uc-dialogs': dict(name='uc-dialogs-events-source', title='UC Dialogs Events Source', uri='uc-dialogs:events',
                       what='the call events of the Token-API WebSocket', conn=True,
                       props={'eventClasses': prop('Event Classes', 'Comma-separated event classes to subscribe to.', default='callevents')},
                       optional=[]),
    'broadworks': dict(name='broadworks-calls-source', title='BroadWorks Calls Source', uri='broadworks:calls',
                       what='the calls of a BroadWorks user as they appear, change and end (polling)', conn=True,
                       props={'emitInitialCalls': prop('Emit Initial Calls', 'Whether the first poll emits an event for every call already in progress.', 'boolean', default=True)},
                       optional=[]),
    'sipx': dict(name='sipx-status-source', title='sipX Status Source', uri='sipx:status',
                 what='the progress of the call between a calling and a called user placed through the sipX call controller (polling)', conn=True,
                 props={'callingUser': prop('Calling User', 'The calling user of the call whose progress is followed.'),
                        'calledUser': prop('Called User', 'The called user of the call whose progress is followed.')},
                 optional=[], required=['callingUser', 'calledUser']),
    'sip-native': dict(name='sip-native-dialog-events-source', title='SIP Dialog Events Source', uri='sip-native:dialog_events',
                       what='the dialog state of monitored SIP users (RFC 4235 dialog event package)', conn=True,
                       props={'monitoredUsers': prop('Monitored Users', 'Comma separated SIP URIs whose dialogs are monitored.')},
                       optional=[], required=['monitoredUsers']),
}

# (vendor, name, title, operation, friendly headers -> vendor header, description, extra props (name -> (prop, optional)))
ACTIONS = [
    ('portsip', 'portsip-originate-action', 'PortSIP Originate Action', 'initiate',
     {CALLER: 'CamelPortsipCaller', CALLEE: 'CamelPortsipCallee'}, 'Start a call from the caller to the callee (click-to-dial).',
     {'sendSdp': (prop('Send SDP', 'Include the SDP in the INVITE that starts the call (send_sdp).', 'boolean', default=True), False)}),
    ('portsip', 'portsip-hangup-action', 'PortSIP Hangup Action', 'destroy',
     {CALL_ID: 'CamelPortsipSessionId'}, 'Hang up a call session.', {}),
    ('portsip', 'portsip-hold-action', 'PortSIP Hold Action', 'hold',
     {CALL_ID: 'CamelPortsipSessionId', EXTENSION: 'CamelPortsipExtensionNumber'}, 'Put a call session on hold.', {}),
    ('portsip', 'portsip-unhold-action', 'PortSIP Unhold Action', 'unhold',
     {CALL_ID: 'CamelPortsipSessionId', EXTENSION: 'CamelPortsipExtensionNumber'}, 'Take a call session off hold.', {}),
    ('portsip', 'portsip-transfer-action', 'PortSIP Transfer Action', 'refer',
     {CALL_ID: 'CamelPortsipSessionId', EXTENSION: 'CamelPortsipExtensionNumber', TARGET: 'CamelPortsipReferTo'}, 'Blind transfer of a call session (REFER).', {}),
    ('portsip', 'portsip-attended-transfer-action', 'PortSIP Attended Transfer Action', 'attended_refer',
     {CALL_ID: ('CamelPortsipSessionId', 'CamelPortsipSession1'), EXTENSION: 'CamelPortsipExtensionNumber', CONSULT: 'CamelPortsipSession2'}, 'Attended transfer: connect the far ends of two call sessions.', {}),

    ('portasip', 'portasip-originate-action', 'PortaSIP Originate Action', 'originate_advanced_call',
     {CALLER: 'CamelPortasipCallerId', CALLEE: 'CamelPortasipCalleeId'}, 'Originate a call from the caller to the callee (originate_advanced_call).',
     {'billId': (prop('Bill ID', 'bill_id of originate_advanced_call: the account the call is billed to.', 'integer'), False)}),
    ('portasip', 'portasip-hangup-action', 'PortaSIP Hangup Action', 'terminate_call',
     {CALL_ID: 'CamelPortasipCallId', CALL_TAG: 'CamelPortasipCallTag'}, 'Terminate a call (terminate_call).', {}),
    ('portasip', 'portasip-hold-action', 'PortaSIP Hold Action', 'hold_call',
     {CALL_ID: 'CamelPortasipCallId', CALL_TAG: 'CamelPortasipCallTag'}, 'Put a call on hold (hold_call).', {}),
    ('portasip', 'portasip-unhold-action', 'PortaSIP Unhold Action', 'unhold_call',
     {CALL_ID: 'CamelPortasipCallId', CALL_TAG: 'CamelPortasipCallTag'}, 'Take a call off hold (unhold_call).', {}),
    ('portasip', 'portasip-transfer-action', 'PortaSIP Transfer Action', 'transfer_call',
     {CALL_ID: 'CamelPortasipCallId', CALL_TAG: 'CamelPortasipCallTag', TARGET: 'CamelPortasipCld'}, 'Blind transfer of a call to a number (transfer_call).', {}),

    ('uc-dialogs', 'uc-dialogs-originate-action', 'UC Dialogs Originate Action', 'originate',
     {CALLER: 'CamelUcDialogsFrom', CALLEE: 'CamelUcDialogsTo'}, 'Call the caller, then connect the callee (originate).', {}),
    ('uc-dialogs', 'uc-dialogs-hangup-action', 'UC Dialogs Hangup Action', 'delete',
     {CALL_ID: 'CamelUcDialogsDialogId'}, 'Release a dialog (delete).', {}),
    ('uc-dialogs', 'uc-dialogs-hold-action', 'UC Dialogs Hold Action', 'notify',
     {CALL_ID: 'CamelUcDialogsDialogId', LEG: 'CamelUcDialogsCallId'}, 'Put a call leg on hold through the device (notify event hold).', {'event': 'hold'}),
    ('uc-dialogs', 'uc-dialogs-unhold-action', 'UC Dialogs Unhold Action', 'notify',
     {CALL_ID: 'CamelUcDialogsDialogId', LEG: 'CamelUcDialogsCallId'}, 'Take a call leg off hold through the device (notify event talk).', {'event': 'talk'}),
    ('uc-dialogs', 'uc-dialogs-transfer-action', 'UC Dialogs Transfer Action', 'refer',
     {CALL_ID: 'CamelUcDialogsDialogId', BY: 'CamelUcDialogsBy', TARGET: 'CamelUcDialogsReferTo'}, 'Blind transfer of a dialog (refer).', {}),
    ('uc-dialogs', 'uc-dialogs-attended-transfer-action', 'UC Dialogs Attended Transfer Action', 'referreplaces',
     {CALL_ID: 'CamelUcDialogsDialogId', BY: ('CamelUcDialogsMasterBy', 'CamelUcDialogsSlaveBy'), CONSULT: 'CamelUcDialogsSlaveLookupValue'}, 'Attended transfer: replace the consultation dialog with the master dialog (referreplaces).', {}),
    ('uc-dialogs', 'uc-dialogs-record-action', 'UC Dialogs Record Action', 'setup_record',
     {CALL_ID: 'CamelUcDialogsDialogId', LEG: 'CamelUcDialogsCallId'}, 'Start or stop recording a call leg (setup_record).',
     {'command': (prop('Command', 'start or stop the recording.', default='start', enum=['start', 'stop']), False),
      'layer': (prop('Layer', 'Unique name of the recording layer.', default='record'), False)}),

    ('broadworks', 'broadworks-originate-action', 'BroadWorks Originate Action', 'call',
     {CALLEE: 'CamelBroadworksPhoneNumber'}, 'Place a call from the user to a number (click-to-dial).', {}),
    ('broadworks', 'broadworks-hangup-action', 'BroadWorks Hangup Action', 'release',
     {CALL_ID: 'CamelBroadworksCallId'}, 'Release a call of the user.', {}),
    ('broadworks', 'broadworks-hold-action', 'BroadWorks Hold Action', 'hold',
     {CALL_ID: 'CamelBroadworksCallId'}, 'Put a call of the user on hold.', {}),
    ('broadworks', 'broadworks-unhold-action', 'BroadWorks Unhold Action', 'reconnect',
     {CALL_ID: 'CamelBroadworksCallId'}, 'Take a held call of the user off hold (reconnect).', {}),
    ('broadworks', 'broadworks-transfer-action', 'BroadWorks Transfer Action', 'blind_transfer',
     {CALL_ID: 'CamelBroadworksCallId', TARGET: 'CamelBroadworksPhoneNumber'}, 'Blind transfer of a call to a number.', {}),
    ('broadworks', 'broadworks-attended-transfer-action', 'BroadWorks Attended Transfer Action', 'consultative_transfer',
     {CALL_ID: 'CamelBroadworksCallId', CONSULT: 'CamelBroadworksTransferCallId'}, 'Consultative transfer of a call to the consulted party.', {}),
    ('broadworks', 'broadworks-record-action', 'BroadWorks Record Action', 'start_recording',
     {CALL_ID: 'CamelBroadworksCallId'}, 'Start recording a call of the user.', {}),

    ('sipx', 'sipx-originate-action', 'sipX Originate Action', 'call',
     {CALLER: 'CamelSipxCallingUser', CALLEE: 'CamelSipxCalledUser'}, 'Third-party call: alert the calling user, then call the called user.', {}),
    ('sipx', 'sipx-transfer-action', 'sipX Transfer Action', 'transfer',
     {CALLER: 'CamelSipxCallingUser', CALLEE: 'CamelSipxCalledUser', TARGET: 'CamelSipxTarget'}, 'Transfer the call between calling and called user to a target.', {}),

    ('sip-native', 'sip-native-originate-action', 'SIP Originate Action', 'click_to_dial',
     {CALLER: 'CamelSipNativeFirstParty', CALLEE: 'CamelSipNativeTarget'}, 'Click-to-dial: call the caller, then refer it to the callee.', {}),
    ('sip-native', 'sip-native-hangup-action', 'SIP Hangup Action', 'hangup',
     {CALL_ID: 'CamelSipNativeDialogId'}, 'Hang up a dialog the user agent holds (BYE).', {}),
    ('sip-native', 'sip-native-hold-action', 'SIP Hold Action', 'hold',
     {CALL_ID: 'CamelSipNativeDialogId'}, 'Put the phone of a dialog on hold by remote control (an out-of-dialog NOTIFY with Event: hold to the dialog\'s remote party, as BroadSoft-style phones accept).', {}),
    ('sip-native', 'sip-native-unhold-action', 'SIP Unhold Action', 'talk',
     {CALL_ID: 'CamelSipNativeDialogId'}, 'Take the phone of a dialog off hold by remote control (NOTIFY with Event: talk to the dialog\'s remote party).', {}),
    ('sip-native', 'sip-native-transfer-action', 'SIP Transfer Action', 'transfer',
     {CALL_ID: 'CamelSipNativeDialogId', TARGET: 'CamelSipNativeTarget'}, 'Blind transfer of a dialog (REFER).', {}),
]


def q(s):
    return '"' + str(s).replace('\\', '\\\\').replace('"', '\\"') + '"'


def emit_props(lines, props):
    for name, p in props.items():
        lines.append('      %s:' % name)
        for k in ('title', 'description', 'type', 'format', 'default', 'example', 'enum'):
            if k in p:
                v = p[k]
                if k == 'enum':
                    lines.append('        enum: [%s]' % ', '.join(q(x) for x in v))
                elif isinstance(v, bool):
                    lines.append('        %s: %s' % (k, 'true' if v else 'false'))
                elif isinstance(v, int):
                    lines.append('        %s: %d' % (k, v))
                else:
                    lines.append('        %s: %s' % (k, q(v)))
        if 'x-descriptors' in p:
            lines.append('        x-descriptors:')
            for d in p['x-descriptors']:
                lines.append('        - %s' % d)


def header(lines, name, vendor, kind, title, description, required, props, deps):
    v = VENDORS[vendor]
    lines += ['# generated by kamelets/src/build/generate_kamelets.py -- edit the table there, not this file',
              'apiVersion: camel.apache.org/v1', 'kind: Kamelet', 'metadata:', '  name: ' + name, '  annotations:',
              '    camel.apache.org/kamelet.support.level: "Preview"',
              '    camel.apache.org/catalog.version: %s' % q(CAMEL),
              '    camel.apache.org/kamelet.icon: %s' % q(icon(v['label'], v['color'])),
              '    camel.apache.org/provider: "callcontrol-camel"',
              '    camel.apache.org/kamelet.group: %s' % q(v['title']),
              '    camel.apache.org/kamelet.namespace: "Telephony"',
              '  labels:', '    camel.apache.org/kamelet.type: %s' % q(kind),
              'spec:', '  definition:', '    title: %s' % q(title), '    description: |-']
    for l in description.split('\n'):
        lines.append(('      ' + l).rstrip())
    if required:
        lines.append('    required:')
        lines += ['    - ' + r for r in required]
    lines += ['    type: object', '    properties:']
    emit_props(lines, props)
    return lines


def uri_params(lines, params, indent):
    if not params:
        return
    lines.append(indent + 'parameters:')
    for k, val in params.items():
        lines.append(indent + '  %s: %s' % (k, q(val)))


def source(vendor, s):
    v = VENDORS[vendor]
    props = dict(v['conn']) if s['conn'] else {}
    props.update(s['props'])
    optional = set(s.get('optional', [])) | set(OPTIONAL_CONN.get(vendor, []))
    required = (list(v['required']) if s['conn'] else []) + s.get('required', [])
    description = ('Receive %s, each as the normalized call event of callcontrol-camel (JSON: eventId, vendor, '
                   'eventType, callId, trackingId, state, vendorState, direction, caller, callee, occurredAt, '
                   'startedAt, connectedAt, endedAt, reason, raw).\n\n'
                   'The source sets the following headers:\n\n'
                   '- `call-id` / `ce-callid`: the call the event is about\n'
                   '- `call-state`: the normalized call state (RINGING, CONNECTED, HELD, ENDED, ...)\n'
                   '- `ce-type`: the vendor event type') % s['what']
    lines = header([], s['name'], vendor, 'source', s['title'], description, required, props, None)
    lines += ['  types:', '    out:', '      mediaType: application/json', '  dependencies:',
              '  - "camel:core"', '  - "camel:jackson"', '  - "camel:kamelet"',
              '  - "mvn:io.callcontrol:%s:%s"' % (v['artifact'], VERSION),
              '  template:', '    from:', '      uri: %s' % q(s['uri'])]
    uri_params(lines, {k: ('{{?%s}}' if k in optional else '{{%s}}') % k for k in props}, '      ')
    lines += ['      steps:', '      - filter:', '          simple: "${header[CamelCallControlEvent]} != null"',
              '          steps:',
              '          - setHeader:', '              name: call-id', '              simple: "${header[CamelCallControlCallId]}"',
              '          - setHeader:', '              name: ce-callid', '              simple: "${header[CamelCallControlCallId]}"',
              '          - setHeader:', '              name: call-state', '              simple: "${header[CamelCallControlState]}"',
              '          - setHeader:', '              name: ce-type', '              simple: "${header[CamelCallControlEventType]}"',
              '          - setBody:', '              simple: "${header[CamelCallControlEvent]}"',
              '          - marshal:', '              json:', '                library: Jackson',
              '                moduleClassNames: "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule"',
              '                disableFeatures: "WRITE_DATES_AS_TIMESTAMPS"',
              '          - to: "kamelet:sink"']
    return lines


def action(vendor, name, title, operation, headers, what, extra):
    v = VENDORS[vendor]
    props = dict(v['conn'])
    fixed = {}
    optional = set(OPTIONAL_CONN.get(vendor, []))
    required = list(v['required'])
    for k, val in extra.items():
        if isinstance(val, tuple):
            props[k] = val[0]
            if val[1]:
                optional.add(k)
        else:
            fixed[k] = val
    lines_h = ['- `%s`: %s' % (h[0], h[1]) for h in headers]
    description = (what + '\n\nThe action reads the following headers (each also accepted as its CloudEvents '
                   'form without dashes, e.g. `ce-callid`; the component\'s own `Camel...` headers work too):\n\n'
                   + '\n'.join(lines_h) + '\n\nThe body and headers of the component\'s answer are the output.')
    lines = header([], name, vendor, 'action', title, description, required, props, None)
    lines += ['  dependencies:',
              '  - "camel:core"', '  - "camel:kamelet"',
              '  - "mvn:io.callcontrol:%s:%s"' % (v['artifact'], VERSION),
              '  template:', '    from:', '      uri: "kamelet:source"', '      steps:']
    for (friendly, _), vendor_headers in headers.items():
        ce = 'ce-' + friendly.replace('-', '')
        if isinstance(vendor_headers, str):
            vendor_headers = (vendor_headers,)
        lines += ['      - choice:', '          when:']
        for h in (friendly, ce):
            lines += ['          - simple: "${header[%s]} != null"' % h, '            steps:']
            for vendor_header in vendor_headers:
                lines += ['            - setHeader:', '                name: %s' % vendor_header,
                          '                simple: "${header[%s]}"' % h]
    params = {k: ('{{?%s}}' if k in optional else '{{%s}}') % k for k in props}
    params.update(fixed)
    lines += ['      - to:', '          uri: %s' % q('%s:%s' % (vendor, operation))]
    uri_params(lines, params, '          ')
    return lines


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.kamelet.yaml'):
            os.remove(os.path.join(OUT, f))
    for vendor, s in SOURCES.items():
        open(os.path.join(OUT, s['name'] + '.kamelet.yaml'), 'w').write('\n'.join(source(vendor, s)) + '\n')
    for a in ACTIONS:
        open(os.path.join(OUT, a[1] + '.kamelet.yaml'), 'w').write('\n'.join(action(*a)) + '\n')
    print('wrote %d Kamelets to %s' % (len(SOURCES) + len(ACTIONS), OUT))


if __name__ == '__main__':
    main()
