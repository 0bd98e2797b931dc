#!/usr/bin/env python3
"""Writes a component's option and header tables into its adoc from its generated catalog JSON.

    tools/update-adoc-options.py camel-sipx [camel-broadworks ...]

The tables go between the markers `// component options: START/END`, `// endpoint options: START/END` and
`// component headers: START/END`. An adoc without the markers gets them in its `== Options` section (replacing
that section), or in a new `== Options` section before `== Testing` (or at the end). The catalog-verification
module fails the build when an adoc lacks an option or header of the catalog, or words it differently: run this
after changing an option's description.
"""
import json
import pathlib
import re
import sys

HEAD = '[width="100%",cols="2,5,^1,2",options="header"]\n|===\n| Name | Description | Default | Type\n'
HEAD_HEADERS = '[width="100%",cols="2,5,2",options="header"]\n|===\n| Name | Description | Type\n'


def type_of(o):
    if 'enum' in o:
        return 'enum: ' + ', '.join(str(v) for v in o['enum'])
    return o['javaType'].split('.')[-1]


def default_of(o):
    v = o.get('defaultValue', '')
    if isinstance(v, bool):
        return 'true' if v else 'false'
    return str(v)


def option_row(name, o):
    desc = o.get('description', '')
    if o.get('required'):
        desc += ' *Required*'
    if o.get('secret'):
        desc += ' (secret)'
    return f"| *{name}* ({o.get('group') or o.get('label') or 'common'}) | {desc} | {default_of(o)} | {type_of(o)}"


def header_row(name, o):
    return f"| `{name}` ({o.get('label') or 'common'}) | {o.get('description', '')} | {o['javaType']}"


def blocks(catalog):
    comp = '\n'.join(option_row(n, o) for n, o in catalog.get('componentProperties', {}).items())
    endp = '\n'.join(option_row(n, o) for n, o in catalog.get('properties', {}).items())
    hdrs = '\n'.join(header_row(n, o) for n, o in catalog.get('headers', {}).items())
    return {
        'component options': '=== Component options\n\nEvery endpoint option can also be set on the component, as the'
                             ' default of every endpoint.\n\n' + HEAD + comp + '\n|===\n',
        'endpoint options': '=== Endpoint options\n\n' + HEAD + endp + '\n|===\n',
        'component headers': '=== Message headers\n\n' + HEAD_HEADERS + hdrs + '\n|===\n',
    }


def marked(name, body):
    return f'// {name}: START\n{body}// {name}: END\n'


def update(module):
    root = pathlib.Path(module)
    jsons = [p for p in (root / 'src/generated/resources/META-INF').rglob('*.json')
             if 'component' in json.loads(p.read_text())]
    for path in jsons:
        catalog = json.loads(path.read_text())
        scheme = catalog['component']['scheme']
        adoc_path = root / 'src/main/docs' / f'{scheme}-component.adoc'
        adoc = adoc_path.read_text()
        new = blocks(catalog)
        if all(f'// {k}: START' in adoc for k in new):
            for k, body in new.items():
                adoc = re.sub(rf'// {k}: START\n.*?// {k}: END\n', lambda m: marked(k, body), adoc, flags=re.S)
        else:
            # drop markers that only pulled in website partials, then (re)write the Options section
            adoc = re.sub(r'// [a-z-]+ (options|headers): START\n(include::[^\n]*\n)*// [a-z-]+ (options|headers): END\n\n?',
                          '', adoc)
            section = '== Options\n\n' + '\n'.join(marked(k, body) for k, body in new.items()) + '\n'
            m = re.search(r'^== Options\n.*?(?=^== |\Z)', adoc, flags=re.S | re.M)
            if m:
                adoc = adoc[:m.start()] + section + adoc[m.end():]
            else:
                t = re.search(r'^== Testing', adoc, flags=re.M)
                adoc = adoc[:t.start()] + section + adoc[t.start():] if t else adoc.rstrip('\n') + '\n\n' + section
        adoc_path.write_text(adoc.rstrip('\n') + '\n')
        print(f'{adoc_path}: options and headers of {scheme} written')


if __name__ == '__main__':
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for module in sys.argv[1:]:
        update(module)
