<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="user">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="action">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="table_name">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="record_id">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="detail">
   <editWidget type="TextEdit">
    <config>
     <Option type="Map">
      <Option name="IsMultiline" type="bool" value="true" />
      <Option name="UseHtml" type="bool" value="false" />
     </Option>
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="at" index="1" name="At" />
  <alias field="user" index="2" name="User" />
  <alias field="action" index="3" name="Action" />
  <alias field="table_name" index="4" name="Table" />
  <alias field="record_id" index="5" name="Record" />
  <alias field="detail" index="6" name="Detail" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="" field="at" />
  <default applyOnUpdate="0" expression="" field="user" />
  <default applyOnUpdate="0" expression="" field="action" />
  <default applyOnUpdate="0" expression="" field="table_name" />
  <default applyOnUpdate="0" expression="" field="record_id" />
  <default applyOnUpdate="0" expression="" field="detail" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="at" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="user" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="action" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="table_name" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="record_id" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="detail" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="at" />
  <constraint desc="" exp="" field="user" />
  <constraint desc="" exp="" field="action" />
  <constraint desc="" exp="" field="table_name" />
  <constraint desc="" exp="" field="record_id" />
  <constraint desc="" exp="" field="detail" />
 </constraintExpressions>
 <expressionfields />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable />
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>4</layerGeometryType>
</qgis>
