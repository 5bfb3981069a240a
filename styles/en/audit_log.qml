<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Fields|Forms">
  <fieldConfiguration>
    <field name="fid" configurationFlags="None">
      <editWidget type="Hidden">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="at" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="user" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="action" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="table_name" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="record_id" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="detail" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="fid" name="" index="0"/>
    <alias field="at" name="At" index="1"/>
    <alias field="user" name="User" index="2"/>
    <alias field="action" name="Action" index="3"/>
    <alias field="table_name" name="Table" index="4"/>
    <alias field="record_id" name="Record" index="5"/>
    <alias field="detail" name="Detail" index="6"/>
  </aliases>
  <defaults>
    <default field="fid" expression="" applyOnUpdate="0"/>
    <default field="at" expression="" applyOnUpdate="0"/>
    <default field="user" expression="" applyOnUpdate="0"/>
    <default field="action" expression="" applyOnUpdate="0"/>
    <default field="table_name" expression="" applyOnUpdate="0"/>
    <default field="record_id" expression="" applyOnUpdate="0"/>
    <default field="detail" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="fid" exp_strength="0" unique_strength="1" constraints="3" notnull_strength="1"/>
    <constraint field="at" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="user" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="action" exp_strength="0" unique_strength="0" constraints="1" notnull_strength="1"/>
    <constraint field="table_name" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="record_id" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
    <constraint field="detail" exp_strength="0" unique_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="fid" exp="" desc=""/>
    <constraint field="at" exp="" desc=""/>
    <constraint field="user" exp="" desc=""/>
    <constraint field="action" exp="" desc=""/>
    <constraint field="table_name" exp="" desc=""/>
    <constraint field="record_id" exp="" desc=""/>
    <constraint field="detail" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <layerGeometryType>4</layerGeometryType>
</qgis>
