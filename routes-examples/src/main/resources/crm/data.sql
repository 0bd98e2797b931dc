-- Demo CRM data for the embedded profile: users (PortSIP extensions 100x, a PortaSIP account) and contacts.
MERGE INTO crm_user (extension, name, email) KEY (extension) VALUES
    ('1001', 'Alice Agent', 'alice@example.com'),
    ('1002', 'Bob Sales', 'bob@example.com'),
    ('1003', 'Carol Support', 'carol@example.com'),
    ('123002', 'Dave Desk', 'dave@example.com');

MERGE INTO contact (id, name, company, phone, owner_extension) KEY (id) VALUES
    (1, 'Dana Customer', 'Acme Corp', '+15551230001', '1002'),
    (2, 'Erik Buyer', 'Globex', '+15551230002', '1003'),
    (3, 'Fay Prospect', 'Initech', '+15551230003', '1002'),
    (4, 'Gus Partner', 'Umbrella', '+15551230004', '1003');
